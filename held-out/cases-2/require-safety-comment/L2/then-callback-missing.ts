// An unsafe call inside a `.then` callback, with no comment anywhere. [class 5] [class 7]
import type { device } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export function later(dev: device.Device): Promise<void> {
  return pause(5).then(() => {
    const bound = dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info('later');
  });
}
