// The optional unsafe call, justified.
import type { device } from '@bindsafe/kernel';

export function maybeBound(dev: device.Device | undefined): device.Device<device.Bound> | undefined {
  // SAFETY: called from the parent's probe; every child device is bound meanwhile.
  return dev?.unsafeAsBound();
}
