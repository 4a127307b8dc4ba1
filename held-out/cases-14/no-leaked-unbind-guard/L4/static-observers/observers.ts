import type { device, pci } from '@bindsafe/kernel';

/** The process-wide list of devices that power-event observers are told about. */
export abstract class PowerObservers {
  static readonly #watched: pci.Device<device.Bound>[] = [];

  static add(dev: pci.Device<device.Bound>): number {
    return PowerObservers.#watched.push(dev);
  }

  static names(): string[] {
    return PowerObservers.#watched.map((d) => d.name);
  }
}
