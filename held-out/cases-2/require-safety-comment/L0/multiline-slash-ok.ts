// A SAFETY comment spread over several `//` lines. [class 2]
import type { device } from '@bindsafe/kernel';

export function finalNotice(dev: device.Device): void {
  // SAFETY: this runs from the driver data's Symbol.dispose, which the core calls while the
  // device is still bound (before devres is released), so the bound view is valid for the
  // duration of this call.
  const bound = dev.unsafeAsBound();
  bound.info('final notice');
}
