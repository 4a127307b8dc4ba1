// An own @unsafe function called through a const alias, without a comment. [class 2] [class 6]
import type { device } from '@bindsafe/kernel';

/**
 * Re-enters the bound context of a stored device.
 * @unsafe The caller must guarantee that the device is still bound to this driver.
 */
export function reenter(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: the contract of this function is forwarded to its caller.
  return dev.unsafeAsBound();
}

const trust = reenter;

export function blink(dev: device.Device): void {
  trust(dev).info('blink'); // expect: bindsafe/require-safety-comment
}
