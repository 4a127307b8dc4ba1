// Module-level cache of parent devices, keyed by DRM device name.
import type { device, pci } from '@bindsafe/kernel';

const parents = new Map<string, pci.Device<device.Bound>>();

export function cacheParent(name: string, parent: pci.Device<device.Bound>): void {
  parents.set(name, parent);
}

export function cachedNames(): string[] {
  return [...parents.keys()];
}
