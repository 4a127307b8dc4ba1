// A platform video unit hands its codec children to an imported static pool instead of its driver data. [class 6]
import type { platform } from '@bindsafe/kernel';
import { CodecPool } from './pool.js';

const KINDS = ['h264', 'hevc', 'av1'] as const;

export const vpuDriver: platform.Driver<{ readonly codecs: number }> = {
  name: 'vpu-lite',
  idTable: [{ compatible: 'acme,vpu' }],
  probe(pdev) {
    let codecs = 0;
    for (const kind of KINDS) {
      codecs = CodecPool.adopt(pdev.asRef(), kind); // expect: bindsafe/no-leaked-registration
    }
    return { codecs };
  },
};
