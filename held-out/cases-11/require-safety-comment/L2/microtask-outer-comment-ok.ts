// A comment above the statement that writes a concise arrow callback covers the call in it.
import type { device } from '@bindsafe/kernel';

export function announceSoon(dev: device.Device, text: string): void {
  // SAFETY: the caller holds the device's binding until the microtask queue drains (probe awaits it).
  queueMicrotask(() => dev.unsafeAsBound().info(text));
}
