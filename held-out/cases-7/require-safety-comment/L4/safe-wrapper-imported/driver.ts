// A platform touch controller calls an imported safe wrapper (whose body has the SAFETY comment) in unbind without one of its own.
import type { device, platform } from '@bindsafe/kernel';
import { logFromUnbind } from './log.js';

export const driver: platform.Driver<{ readonly handle: device.Device; readonly points: number }> = {
  name: 'held-touch-wrapper',
  idTable: [{ compatible: 'vendor,touch' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), points: 10 };
  },
  unbind(_pdev, { handle, points }) {
    logFromUnbind(handle, `touch (${points} points) detached`);
  },
};
