// A platform panel powers up after a pause: the .then callback writes to the IoMem.
import type { platform } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-panel-then',
  idTable: [{ compatible: 'acme,panel' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    io.write32(0, 0x00);
    void pause(20).then(() => io.write32(1, 0x00)); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
