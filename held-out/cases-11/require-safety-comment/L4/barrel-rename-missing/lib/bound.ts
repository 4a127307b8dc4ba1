// A helper module with a tagged function.
import type { device } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound to its driver for the duration of the call. */
export function traceBound(dev: device.Device, text: string): void {
  // SAFETY: the caller vouches for the binding (this function's contract).
  dev.unsafeAsBound().info(text);
}
