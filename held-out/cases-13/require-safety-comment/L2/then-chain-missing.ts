// A platform camera sensor logs the end of its power-up sequence from a .then callback, unjustified. [class 5]
import type { platform } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export function powerUp(pdev: platform.Device, settleMs: number): Promise<string> {
  const handle = pdev.toNormal();
  return pause(settleMs)
    .then(() => handle.asRef().unsafeAsBound().info('sensor powered')) // expect: bindsafe/require-safety-comment
    .then(() => handle.name);
}
