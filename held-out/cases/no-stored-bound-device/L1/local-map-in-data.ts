// A Map of Bars built locally and returned in the driver data. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly bars: ReadonlyMap<number, pci.Bar>;
  readonly regs: readonly devres.Devres<pci.Bar>[];
}

export const driver: pci.Driver<Data> = {
  name: 'held-l1-localmap',
  idTable: [{ vendor: 0x1b36, device: 0x002b }],
  probe(pdev) {
    const regs = [pdev.iomapRegion(0, 'r0'), pdev.iomapRegion(1, 'r1')];
    const bars = new Map<number, pci.Bar>();
    regs.forEach((r, i) => bars.set(i, r.access(pdev.asRef())));
    return { bars, regs };
  },
};
