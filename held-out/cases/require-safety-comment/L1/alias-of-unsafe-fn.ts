// An @unsafe function called through an alias.
import type { device } from '@bindsafe/kernel';

/**
 * Treats a handle as bound.
 *
 * @unsafe The device must be bound while the result is used.
 */
function trustBound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: forwarded contract of this function.
  return dev.unsafeAsBound();
}

export function hello(dev: device.Device): void {
  const trust = trustBound;
  trust(dev).info('hello'); // expect: bindsafe/require-safety-comment
}
