// [class 4] A PCI crypto card calls `track` on a Stats object probe creates and the driver data keeps.
import type { pci } from '@bindsafe/kernel';

class Stats {
  readonly #windows: pci.Bar[] = [];

  track(bar: pci.Bar): this {
    this.#windows.push(bar);
    return this;
  }

  total(): number {
    return this.#windows.reduce((acc, bar) => acc + bar.size, 0);
  }
}

export const driver: pci.Driver<{ readonly stats: Stats }> = {
  name: 'held9-crypto-stats',
  idTable: [{ vendor: 0x1af4, device: 0x1054 }],
  probe(pdev) {
    const stats = new Stats();
    stats.track(pdev.iomapRegion(0, 'c0').access(pdev.asRef())).track(pdev.iomapRegion(2, 'c1').access(pdev.asRef()));
    return { stats };
  },
};
