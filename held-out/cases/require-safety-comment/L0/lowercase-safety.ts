// "Safety:" is not "SAFETY:".
import type { device } from '@bindsafe/kernel';

export function forceBound(dev: device.Device): device.Device<device.Bound> {
  // Safety: only called from probe.
  return dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
}
