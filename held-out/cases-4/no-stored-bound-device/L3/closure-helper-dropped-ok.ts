// A helper returns a reader closure over the Bar; probe uses it through map during the call and drops it. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

function makeReader(bar: pci.Bar, base: number): (index: number) => number {
  return (index) => bar.read32(base + index * 4);
}

export const queueDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly depth: number }> = {
  name: 'held-queue',
  idTable: [{ vendor: 0x15b3, device: 0x1017 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-queue');
    const readQueue = makeReader(regs.access(pdev.asRef()), 0x100);
    const depth = [0, 1, 2, 3].map(readQueue).reduce((sum, n) => sum + n, 0);
    return { regs, depth };
  },
};
