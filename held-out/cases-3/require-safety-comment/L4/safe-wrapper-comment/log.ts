// A safe logging wrapper: it takes a bound device, so there is nothing to justify at its calls.
import type { device } from '@bindsafe/kernel';

export function logBound(dev: device.Device<device.Bound>, message: string): void {
  dev.info(message);
}
