// An own @unsafe method called through a destructured alias, with a SAFETY comment. [class 6]
import type { device } from '@bindsafe/kernel';

export const trustTable = {
  /**
   * @unsafe The caller must guarantee that the device is bound.
   */
  bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller by this method's own contract.
    return dev.unsafeAsBound();
  },
};

export function ping(dev: device.Device): void {
  const { bound } = trustTable;
  // SAFETY: ping() is called from the IRQ handler, which the driver data owns: the device is bound.
  bound(dev).info('ping');
}
