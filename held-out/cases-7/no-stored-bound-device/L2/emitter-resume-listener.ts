// A platform LED controller restores its brightness on a shared "resume" event through a listener capturing its IoMem.
import type { platform } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly level: number }> = {
  name: 'held-led-resume',
  idTable: [{ compatible: 'vendor,led-pwm' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const level = io.read32(0x08);
    hotplugEvents.on('resume', () => io.write32(level, 0x08)); // expect: bindsafe/no-stored-bound-device
    return { io, level };
  },
};
