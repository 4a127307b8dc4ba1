// A safe wrapper: it checks its own condition and justifies the unsafe call itself.
import type { device } from '@bindsafe/kernel';

export function infoIfBound(dev: device.Device, bound: boolean, msg: string): void {
  if (!bound) return;
  // SAFETY: callers set `bound` only from inside probe, where the device is bound.
  dev.unsafeAsBound().info(msg);
}
