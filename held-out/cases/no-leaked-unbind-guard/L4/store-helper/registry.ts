// A debug registry module that keeps every device it is shown.
import type { device } from '@bindsafe/kernel';

const seen: device.Device<device.Bound>[] = [];

export function registerForDebug(dev: device.Device<device.Bound>): void {
  seen.push(dev);
}

export function debugCount(): number {
  return seen.length;
}
