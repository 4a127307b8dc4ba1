// A parent registry module: keep() files a parent in a module-level Map.
import type { device, pci } from '@bindsafe/kernel';

const byName = new Map<string, pci.Device<device.Bound>>();

export function keep(name: string, p: pci.Device<device.Bound>): void {
  byName.set(name, p);
}

export function known(): number {
  return byName.size;
}
