// A PCI sensor makes a Tracker in probe, tracks its BAR in it, and keeps the tracker in the data.
import type { device, pci } from '@bindsafe/kernel';
class BarTracker {
  readonly #bars = new Set<pci.Bar>();
  track(b: pci.Bar): this {
    this.#bars.add(b);
    return this;
  }
  get size(): number {
    return this.#bars.size;
  }
}
export const driver: pci.Driver<{ readonly tracker: BarTracker }> = {
  name: 'h10-sens-track',
  idTable: [{ vendor: 0x1af4, device: 0x1039 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-sens-track').access(pdev.asRef());
    const tracker = new BarTracker().track(bar);
    return { tracker };
  },
};
