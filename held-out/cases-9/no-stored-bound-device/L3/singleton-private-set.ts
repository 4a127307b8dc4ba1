// A PCI audio DSP calls `track` on a module-level Telemetry object whose method adds the Device<Core> to a #private Set.
import type { device, pci } from '@bindsafe/kernel';

class Telemetry {
  readonly #devices = new Set<pci.Device<device.Core>>();

  track(dev: pci.Device<device.Core>): void {
    this.#devices.add(dev);
  }

  get count(): number {
    return this.#devices.size;
  }
}

const telemetry = new Telemetry();

export const driver: pci.Driver<{ readonly id: number }> = {
  name: 'held9-dsp-telemetry',
  idTable: [{ vendor: 0x8086, device: 0x51c8 }],
  probe(pdev) {
    telemetry.track(pdev); // expect: bindsafe/no-stored-bound-device
    return { id: telemetry.count };
  },
};
