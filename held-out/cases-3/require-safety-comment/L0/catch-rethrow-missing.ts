// A catch block logs through an unsafeAsBound view without justification, then rethrows.
import type { device } from '@bindsafe/kernel';

export function withLog<T>(dev: device.Device, work: () => T): T {
  try {
    return work();
  } catch (err) {
    const bound = dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info(`work failed: ${String(err)}`);
    throw err;
  }
}
