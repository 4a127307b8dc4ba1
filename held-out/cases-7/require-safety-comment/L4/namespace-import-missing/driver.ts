// A platform I2C controller calls an @unsafe helper through a namespace import of a barrel, without a SAFETY comment.
import type { platform } from '@bindsafe/kernel';
import * as regs from './index.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held-i2c-namespace',
  idTable: [{ compatible: 'vendor,i2c' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    if (!regs.busBusy(io)) {
      regs.forceBusClear(io); // expect: bindsafe/require-safety-comment
    }
    return { io };
  },
};
