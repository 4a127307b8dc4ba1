// The unsafe way back from a handle to its bound view.
import type { device } from '@bindsafe/kernel';

/**
 * @unsafe The caller must guarantee that the device is bound for as long as the result is used.
 */
export function assumeBound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: this function's contract forwards the guarantee to its caller.
  return dev.unsafeAsBound();
}
