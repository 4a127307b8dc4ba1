// A class's own static method tagged @unsafe, called once with and once without a SAFETY comment. [class 2] [class 8]
import type { device } from '@bindsafe/kernel';

export class Trust {
  /**
   * Treats a stored handle as bound.
   * @unsafe The caller must guarantee that the device is bound for as long as the result is used.
   */
  static bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded contract: our own caller guarantees the device is bound.
    return dev.unsafeAsBound();
  }
}

export function logBound(dev: device.Device, msg: string): void {
  // SAFETY: called only from the driver data's destructor, which runs before unbind completes.
  Trust.bound(dev).info(msg);
}

export function logAgain(dev: device.Device, msg: string): void {
  Trust.bound(dev).info(msg); // expect: bindsafe/require-safety-comment
}
