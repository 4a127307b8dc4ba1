// A PCI testdev driver hands BAR 0 to a debugfs helper module that caches it [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { rememberBar } from './debugfs.js';

export const testdevDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-debugfs',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'testdev-debugfs');
    rememberBar(regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
