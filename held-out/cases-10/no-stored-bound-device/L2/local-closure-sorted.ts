// A PCI scheduler sorts queue offsets with a comparator over its BAR that runs during probe only.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-sched-sort',
  idTable: [{ vendor: 0x1af4, device: 0x1071 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-sched-sort').access(pdev.asRef());
    const cmp = (a: number, b: number): number => bar.read8(a) - bar.read8(b);
    const order = [0, 1, 2, 3].sort(cmp);
    bar.write8(order[0] ?? 0, 0x40);
    return { bar };
  },
};
