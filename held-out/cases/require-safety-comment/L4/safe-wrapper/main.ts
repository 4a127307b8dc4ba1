// A SAFETY comment above a safe wrapper from another module justifies nothing.
import type { device } from '@bindsafe/kernel';
import { safePoke } from './io.js';

export function notify(dev: device.Device<device.Bound>): void {
  // SAFETY: the device is bound here. // expect: bindsafe/require-safety-comment
  safePoke(dev, 'hello');
}
