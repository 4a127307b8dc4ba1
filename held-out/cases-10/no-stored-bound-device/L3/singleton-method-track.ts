// A PCI PMU hands its Device<Core> to a method of a module-level singleton that stores it in a #private Map.
import type { device, pci } from '@bindsafe/kernel';
class Tracker {
  readonly #devs = new Map<string, pci.Device<device.Core>>();
  track(dev: pci.Device<device.Core>): void {
    this.#devs.set(dev.name, dev);
  }
}
const tracker = new Tracker();
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-pmu-single',
  idTable: [{ vendor: 0x1af4, device: 0x1048 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-pmu-single').access(pdev.asRef());
    tracker.track(pdev); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
