// A platform camera sensor announces itself through an imported helper that captures the Device<Core> in a microtask.
import type { platform } from '@bindsafe/kernel';
import { announceLater } from './retry.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly chipId: number }> = {
  name: 'held-camera-announce',
  idTable: [{ compatible: 'vendor,cam-sensor' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const chipId = io.read32(0x300);
    announceLater(pdev.asRef(), `sensor ${chipId.toString(16)} ready`); // expect: bindsafe/no-stored-bound-device
    return { io, chipId };
  },
};
