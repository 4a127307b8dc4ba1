// An @unsafe helper of the driver's own, justified inside.
import type { device } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee that `dev` is bound while the result is used. */
export function trustBound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: forwarded to the caller (this function is @unsafe).
  return dev.unsafeAsBound();
}
