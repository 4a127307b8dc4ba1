// Iterating over a local array of Bars and pushing each into a module array. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

export const allBars: pci.Bar[] = [];

export const driver: pci.Driver<{ readonly regs: readonly devres.Devres<pci.Bar>[] }> = {
  name: 'held-l1-iter',
  idTable: [{ vendor: 0x1b36, device: 0x0028 }],
  probe(pdev) {
    const regs = [0, 2].map((i) => pdev.iomapRegion(i, `bar${i}`));
    const dev = pdev.asRef();
    for (const r of regs) {
      allBars.push(r.access(dev)); // expect: bindsafe/no-stored-bound-device
    }
    return { regs };
  },
};
