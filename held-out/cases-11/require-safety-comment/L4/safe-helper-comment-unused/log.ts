// A plain (untagged) helper that justifies its own unsafe call.
import type { device } from '@bindsafe/kernel';

export function logFromProbe(dev: device.Device, text: string): void {
  // SAFETY: only called from probe callbacks, where `dev` is bound.
  dev.unsafeAsBound().info(text);
}
