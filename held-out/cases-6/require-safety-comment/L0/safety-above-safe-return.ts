// A helper justifies a plain read of the device name with a SAFETY comment above its return.
import type { device } from '@bindsafe/kernel';

export function describe(handle: device.Device<device.Normal>): string {
  // SAFETY: the handle keeps the device allocation alive. // expect: bindsafe/require-safety-comment
  return `regulator ${handle.name}`;
}
