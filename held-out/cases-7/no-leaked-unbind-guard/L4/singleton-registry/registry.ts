// A module-level singleton registry with a static accessor; adopt() keeps the device in a #private Map.
import type { device, pci } from '@bindsafe/kernel';

export class DeviceRegistry {
  static #instance: DeviceRegistry | undefined;
  readonly #byId = new Map<number, pci.Device<device.Bound>>();

  private constructor() {}

  static shared(): DeviceRegistry {
    return (DeviceRegistry.#instance ??= new DeviceRegistry());
  }

  adopt(pdev: pci.Device<device.Bound>): number {
    this.#byId.set(pdev.deviceId, pdev);
    return this.#byId.size;
  }
}
