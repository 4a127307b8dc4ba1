// Keeps every device it is given in a module-level Set, for a sysfs-like listing.
import type { device } from '@bindsafe/kernel';

const live = new Set<device.Device<device.Bound>>();

export function adopt(dev: device.Device<device.Bound>): void {
  live.add(dev);
}

export function count(): number {
  return live.size;
}
