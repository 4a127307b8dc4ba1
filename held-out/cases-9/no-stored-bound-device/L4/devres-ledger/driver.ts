// A PCI crypto accelerator enrolls its Devres<Bar> containers in an imported module-level ledger.
import type { devres, pci } from '@bindsafe/kernel';
import { enroll } from './ledger.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly sram: devres.Devres<pci.Bar> }> = {
  name: 'held9-accel-ledger',
  idTable: [{ vendor: 0x1ded, device: 0x8000 }],
  probe(pdev) {
    const [regs, sram] = [enroll(pdev.iomapRegion(0, 'regs')), enroll(pdev.iomapRegion(2, 'sram'))];
    return { regs, sram };
  },
};
