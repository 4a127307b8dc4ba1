// An I2C driver imports an @unsafe reset under another name and calls it in an arrow body without a SAFETY comment.
import type { platform } from '@bindsafe/kernel';
import { rawReset as resetController } from './ops.js';

interface I2cData {
  readonly io: platform.IoMem;
  readonly recover: () => void;
}

export const driver: platform.Driver<I2cData> = {
  name: 'held-i2c-recover',
  idTable: [{ compatible: 'vendor,i2c-recover' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    return {
      io,
      recover: () => resetController(io), // expect: bindsafe/require-safety-comment
    };
  },
};
