// A SAFETY comment above a call of a safe wrapper from another module is above nothing unsafe.
import type { device } from '@bindsafe/kernel';
import { logBound } from './log.js';

export function started(dev: device.Device<device.Bound>): void {
  // SAFETY: dev is bound by the type. // expect: bindsafe/require-safety-comment
  logBound(dev, 'started');
}
