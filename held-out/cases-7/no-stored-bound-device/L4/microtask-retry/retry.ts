// Helper module: retries a device's first message on a microtask, capturing the device it is given.
import type { device } from '@bindsafe/kernel';

export function announceLater(dev: device.Device<device.Bound>, message: string): void {
  queueMicrotask(() => dev.info(message));
}
