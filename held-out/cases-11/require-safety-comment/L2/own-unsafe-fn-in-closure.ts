// A user's own @unsafe function called inside a reduce callback without a comment.
import type { device } from '@bindsafe/kernel';

/**
 * The name of a bound device.
 *
 * @unsafe `dev` must be bound to its driver during the call.
 */
function boundName(dev: device.Device): string {
  // SAFETY: the caller guarantees the binding (this function's contract).
  return dev.unsafeAsBound().name;
}

export function joinedNames(devs: readonly device.Device[]): string {
  return devs.reduce((acc, dev, i) => {
    const name = boundName(dev); // expect: bindsafe/require-safety-comment
    return i === 0 ? name : `${acc},${name}`;
  }, '');
}
