// Helper module of import-rename-comment-too-early.
import type { device } from '@bindsafe/kernel';

/** @unsafe The device must still be bound. */
export function boundLabel(handle: device.Device): string {
  // SAFETY: per the tag, the caller guarantees the binding.
  return handle.unsafeAsBound().name;
}
