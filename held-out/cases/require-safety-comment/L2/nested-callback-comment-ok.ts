// A comment directly above the call inside a multi-line callback.
import type { device } from '@bindsafe/kernel';

export function announceAll(devs: readonly device.Device[]): void {
  devs.forEach((d) => {
    const prefix = d.name.toUpperCase();
    // SAFETY: announceAll is called from the parent's probe only.
    d.unsafeAsBound().info(`${prefix} announced`);
  });
}
