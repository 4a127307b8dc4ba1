// A platform camera sensor logs the end of its power-up sequence from a .then callback; the comment stands above the callback's link. [class 5]
import type { platform } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export function powerUp(pdev: platform.Device, settleMs: number): Promise<string> {
  const handle = pdev.toNormal();
  return pause(settleMs)
    // SAFETY: powerUp is awaited by the sensor's bring-up, which runs while the device is bound.
    .then(() => handle.asRef().unsafeAsBound().info('sensor powered'))
    .then(() => handle.name);
}
