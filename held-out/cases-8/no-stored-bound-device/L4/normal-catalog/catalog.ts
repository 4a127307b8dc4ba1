// Helper module: a module-level catalog of Device<Normal> handles.
import type { device, pci } from '@bindsafe/kernel';

const entries = new Set<pci.Device<device.Normal>>();

export function addToCatalog(handle: pci.Device<device.Normal>): void {
  entries.add(handle);
}

export function* catalogNames(): Generator<string> {
  for (const handle of entries) yield handle.name;
}
