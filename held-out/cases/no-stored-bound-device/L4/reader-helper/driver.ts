// probe uses register helpers from another module that only borrow the Bar.
import type { devres, pci } from '@bindsafe/kernel';
import { enable, readId } from './regs.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly chipId: number }> = {
  name: 'held-l4-regs',
  idTable: [{ vendor: 0x1b36, device: 0x0051 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l4-regs');
    const bar = regs.access(pdev.asRef());
    enable(bar, true);
    return { regs, chipId: readId(bar) };
  },
  unbind(pdev, data) {
    enable(data.regs.access(pdev.asRef()), false);
  },
};
