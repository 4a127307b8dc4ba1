// A synchronous forEach callback pushes each Bar into a module-level list.
import type { devres, pci } from '@bindsafe/kernel';

export const exported: pci.Bar[] = [];

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>[] }> = {
  name: 'held-l2-foreach',
  idTable: [{ vendor: 0x1b36, device: 0x0039 }],
  probe(pdev) {
    const regs = [pdev.iomapRegion(0, 'a'), pdev.iomapRegion(1, 'b')];
    regs.forEach((r) => {
      exported.push(r.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    });
    return { regs };
  },
};
