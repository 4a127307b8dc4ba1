// A SAFETY comment above a safe wrapper imported from another module. [class 2] [class 8]
import type { device } from '@bindsafe/kernel';
import { infoIfBound } from './wrapper.js';

export function status(dev: device.Device, bound: boolean): void {
  // SAFETY: the caller passes bound=true only while probe runs. // expect: bindsafe/require-safety-comment
  infoIfBound(dev, bound, 'status ok');
}
