// A SAFETY comment above a safe call.
import type { device } from '@bindsafe/kernel';

export function nameOf(dev: device.Device): string {
  // SAFETY: the device is bound. // expect: bindsafe/require-safety-comment
  return dev.toNormal().name;
}
