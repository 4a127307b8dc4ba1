// One comment above the statement covers the unsafe call inside its callback. [class 7]
import type { device } from '@bindsafe/kernel';

export function broadcast(devs: readonly device.Device[], msg: string): void {
  // SAFETY: broadcast() runs only from the driver data's destructor; every device in `devs` is a
  // child bound to this driver until that destructor returns.
  devs.forEach((d) => d.unsafeAsBound().info(msg));
}
