// A PCI testdev driver formats a register dump with a barrel-exported helper that only reads the Bar during the call [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { formatDump } from './util/index.js';

export const dumps: string[] = [];

export const testdevDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-dump-l4-ok',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'testdev-dump');
    dumps.push(formatDump(regs.access(pdev.asRef()), 8));
    return { regs };
  },
};
