// A justified helper; callers of a safe wrapper need no comment.
import type { device } from '@bindsafe/kernel';

function boundView(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: only reached from probe (see greet), where the device is bound.
  return dev.unsafeAsBound();
}

export function greet(dev: device.Device): void {
  boundView(dev).info('hi');
}
