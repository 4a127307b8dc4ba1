// probe registers its Bar with a debugfs module that keeps it.
import type { devres, pci } from '@bindsafe/kernel';
import { debugfsAddBar } from './debugfs.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l4-debugfs',
  idTable: [{ vendor: 0x1b36, device: 0x0050 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l4-debugfs');
    debugfsAddBar(pdev.name, regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
