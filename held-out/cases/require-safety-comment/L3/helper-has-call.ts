// The unsafe call inside a helper is reported there; the helper's callers need nothing.
import type { device } from '@bindsafe/kernel';

function boundView(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
}

export function greet(dev: device.Device): void {
  boundView(dev).info('hi');
}
