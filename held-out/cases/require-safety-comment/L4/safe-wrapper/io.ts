// A checked wrapper: safe to call anywhere.
import type { device } from '@bindsafe/kernel';

export function safePoke(dev: device.Device<device.Bound>, message: string): void {
  dev.info(message);
}
