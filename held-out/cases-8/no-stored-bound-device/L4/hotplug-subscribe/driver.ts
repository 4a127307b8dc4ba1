// A platform I2C controller saves its clock divider and asks an imported helper to restore it on resume.
import type { platform } from '@bindsafe/kernel';
import { restoreOnResume } from './subscribe.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-i2c-resume',
  idTable: [{ compatible: 'acme,i2c' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const divider = io.read32(0x00);
    restoreOnResume(io, divider); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
