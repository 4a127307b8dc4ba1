// A user's own @unsafe static method, taken into an alias, is called without a SAFETY comment.
import type { device } from '@bindsafe/kernel';

class Views {
  /** @unsafe The caller must guarantee that `dev` is bound while the view is used. */
  static bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller (this method is @unsafe).
    return dev.unsafeAsBound();
  }
}

export function log(dev: device.Device, message: string): void {
  const view = Views.bound;
  view(dev).info(message); // expect: bindsafe/require-safety-comment
}
