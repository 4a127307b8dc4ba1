// Helper module: an owner-name reader whose unsafeAsBound() call has no SAFETY comment.
import type { device } from '@bindsafe/kernel';

export function ownerName(handle: device.Device<device.Normal>, fallback = 'unknown'): string {
  if (handle.name === '') return fallback;
  return handle.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
}
