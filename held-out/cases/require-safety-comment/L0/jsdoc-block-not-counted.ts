// A JSDoc block whose SAFETY: is on a later line does not count.
import type { device } from '@bindsafe/kernel';

export function bound(dev: device.Device): device.Device<device.Bound> {
  /**
   * SAFETY: called from probe only.
   */
  return dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
}
