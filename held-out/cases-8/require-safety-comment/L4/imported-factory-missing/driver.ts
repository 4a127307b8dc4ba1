// A PCI NPU creates its command ring with an imported @unsafe static factory in probe, without a SAFETY comment.
import type { devres, pci } from '@bindsafe/kernel';
import { CommandRing } from './ring.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly ring: CommandRing }> = {
  name: 'held8-npu-factory',
  idTable: [{ vendor: 0x1e60, device: 0x2000 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'npu');
    const ring = CommandRing.forDevice(pdev.asRef().toNormal(), 128); // expect: bindsafe/require-safety-comment
    return { regs, ring };
  },
};
