import type { device, pci } from '@bindsafe/kernel';
class Telemetry {
  readonly #devs = new Set<pci.Device<device.Core>>();
  track(d: pci.Device<device.Core>): void {
    this.#devs.add(d);
  }
}
export const telemetry = new Telemetry();
