// A same-file safe helper makes the unsafe call without a comment; its callers need none. [class 7] [class 8]
import type { device } from '@bindsafe/kernel';

function boundView(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
}

export function hello(dev: device.Device): void {
  boundView(dev).info('hello');
}

export function bye(dev: device.Device): void {
  boundView(dev).info('bye');
}
