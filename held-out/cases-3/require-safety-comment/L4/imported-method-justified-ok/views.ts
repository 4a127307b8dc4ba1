// A class of the driver's own with an @unsafe static method, justified inside.
import type { device } from '@bindsafe/kernel';

export class BoundView {
  /**
   * Views a stored handle as bound.
   * @unsafe The caller must guarantee that the device stays bound while the view is used.
   */
  static of(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller (this method is @unsafe).
    return dev.unsafeAsBound();
  }
}
