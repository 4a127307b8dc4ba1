// An optional call of an unsafe method.
import type { device } from '@bindsafe/kernel';

export function maybeBound(dev: device.Device | undefined): device.Device<device.Bound> | undefined {
  return dev?.unsafeAsBound(); // expect: bindsafe/require-safety-comment
}
