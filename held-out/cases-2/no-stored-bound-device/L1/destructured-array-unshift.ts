// Array destructuring with a default picks the Bar; it is unshifted into a module-level history. [class 6] [class 7]
import type { devres, pci } from '@bindsafe/kernel';

const history: pci.Bar[] = [];

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>[] }> = {
  name: 'held2-nsbd-unshift',
  idTable: [{ vendor: 0x1af4, device: 0x1110 }],
  probe(pdev) {
    const regs = [pdev.iomapRegion(0, 'held2-a'), pdev.iomapRegion(2, 'held2-b')];
    const [first, second = first] = regs.map((r) => r.access(pdev.asRef()));
    const bar = second ?? first;
    if (bar !== undefined) history.unshift(bar); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
