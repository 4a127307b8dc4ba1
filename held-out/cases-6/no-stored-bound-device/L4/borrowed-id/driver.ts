// A PMIC driver lets an imported helper decode its id registers; the helper only reads the Bar.
import type { pci } from '@bindsafe/kernel';
import { readChipId, type ChipId } from './ids.js';

export const driver: pci.Driver<{ readonly id: ChipId; readonly regs: pci.Bar }> = {
  name: 'held-pmic',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'pmic').access(pdev.asRef());
    const id = readChipId(regs);
    if (id.major === 0) throw new Error('unsupported PMIC');
    return { id, regs };
  },
};
