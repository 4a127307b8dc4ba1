// The store: a module-level Set of parents kept for a later health check.
import type { device, pci } from '@bindsafe/kernel';

const tracked = new Set<pci.Device<device.Bound>>();

export function remember(parent: pci.Device<device.Bound>): number {
  tracked.add(parent);
  return tracked.size;
}
