// A same-file factory returns a closure over the Bar; probe calls it at once and keeps only the numbers.
import type { devres, pci } from '@bindsafe/kernel';

function makeReader(bar: pci.Bar, base: number): (index: number) => number {
  return (index) => bar.read32(base + 4 * index);
}

export const readerDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly ids: number[] }> = {
  name: 'held-reader',
  idTable: [{ vendor: 0x1af4, device: 0x1054 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-reader');
    const read = makeReader(regs.access(pdev.asRef()), 0x100);
    const ids = [0, 1, 2].map((i) => read(i));
    return { regs, ids };
  },
};
