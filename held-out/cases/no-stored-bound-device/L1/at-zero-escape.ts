// Bars kept in an array; .at(0) of it goes to a module variable. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

let primary: pci.Bar | undefined;

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>[] }> = {
  name: 'held-l1-at',
  idTable: [{ vendor: 0x1b36, device: 0x0027 }],
  probe(pdev) {
    const regs = [pdev.iomapRegion(0, 'a'), pdev.iomapRegion(1, 'b')];
    const bars = regs.map((r) => r.access(pdev.asRef()));
    const first = bars.at(0);
    if (first !== undefined) primary = first; // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
