// An imported @unsafe function reached through a barrel, called with a SAFETY comment. [class 3] [class 7]
import type { device } from '@bindsafe/kernel';
import { assumeBound } from './index.js';

export function finalMessage(dev: device.Device): void {
  // SAFETY: called from the driver data's destructor, before the device is unbound.
  assumeBound(dev).info('final message');
}
