// Helper module of the named-import case.
import type { device } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee that `dev` is bound to its driver during the call. */
export function boundName(dev: device.Device): string {
  // SAFETY: the caller of this @unsafe function guarantees the binding.
  return dev.unsafeAsBound().name;
}
