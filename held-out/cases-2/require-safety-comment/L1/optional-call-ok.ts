// An optional call of unsafeAsBound with its SAFETY comment directly above. [class 8]
import type { device } from '@bindsafe/kernel';

export function maybeNotify(dev: device.Device | undefined, msg: string): void {
  // SAFETY: `dev` is only set while the driver is bound (cleared in the data's destructor).
  const bound = dev?.unsafeAsBound();
  bound?.info(msg);
}
