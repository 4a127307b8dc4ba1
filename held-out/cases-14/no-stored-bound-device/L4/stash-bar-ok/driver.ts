// A PCI storage controller hands its revocable BAR container to a debugfs helper module that stashes it in module state. [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { dbg_stash } from './lib/debugfs.js';

interface StorData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const stor_driver: pci.Driver<StorData> = {
  name: 'stor_pci',
  idTable: [{ vendor: 0x1b4b, device: 0x9230 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(5, 'stor_pci');
    if (dbg_stash(regs, 0x40) !== 0) pdev.asRef().info('no debugfs');
    return { regs };
  },
};
