// probe and unbind hand only a Normal handle, a Devres container and a name to a tracker module that keeps them. [class 2]
import type { devres, pci } from '@bindsafe/kernel';
import { track, untrack } from './tracker.js';

export const crypDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-ccp',
  idTable: [{ vendor: 0x1022, device: 0x1468 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(2, 'held-ccp');
    regs.access(pdev.asRef()).write32(0x1, 0x00);
    track(pdev.asRef().toNormal(), regs);
    return { regs };
  },
  unbind(pdev) {
    untrack(pdev.name);
  },
};
