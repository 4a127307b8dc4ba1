// Helper module: a module-level telemetry singleton whose `record` keeps devices in a #private array.
import type { device, pci } from '@bindsafe/kernel';

class DeviceTelemetry {
  readonly #seen: pci.Device<device.Core>[] = [];

  record(dev: pci.Device<device.Core>): void {
    this.#seen.push(dev);
  }
}

export const telemetry = new DeviceTelemetry();
