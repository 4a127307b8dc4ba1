// A platform reset-controller driver gets a pulse closure over its IoMem from another module's factory and uses it once to reset every line during probe. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { resetPulser } from './reset.js';

class ResetController {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly lines: number) {}
}

export const resetDriver: platform.Driver<ResetController> = {
  name: 'reset-simple-lite',
  idTable: [{ compatible: 'snps,dw-low-reset' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    resetPulser(io, 0x08)(0xffffffff);
    return new ResetController(res, 32);
  },
};
