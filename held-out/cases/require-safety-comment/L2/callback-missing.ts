// An unsafe call inside a timer callback, without a comment.
import type { device } from '@bindsafe/kernel';

export function later(dev: device.Device): void {
  setTimeout(() => {
    const bound = dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info('later');
  }, 5);
}
