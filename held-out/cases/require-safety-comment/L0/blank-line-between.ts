// A blank line separates the comment from the unsafe call: both are reported.
import type { device } from '@bindsafe/kernel';

export function rebind(dev: device.Device): string {
  // SAFETY: the caller holds the device lock. // expect: bindsafe/require-safety-comment

  const bound = dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
  return bound.name;
}
