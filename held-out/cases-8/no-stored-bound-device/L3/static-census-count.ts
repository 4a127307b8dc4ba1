// A PCI ethernet card counts itself through a static method that adds the Device<Bound> to a static Set.
import type { device, pci } from '@bindsafe/kernel';

class Census {
  static readonly #seen = new Set<device.Device<device.Bound>>();

  static count(dev: device.Device<device.Bound>): number {
    Census.#seen.add(dev);
    return Census.#seen.size;
  }
}

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly ordinal: number }> = {
  name: 'held8-eth-census',
  idTable: [{ vendor: 0x8086, device: 0x15f3 }],
  probe(pdev) {
    const ordinal = Census.count(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { bar: pdev.iomapRegion(0, 'eth').access(pdev.asRef()), ordinal };
  },
};
