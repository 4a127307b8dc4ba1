// A module-level audit table of parents.
import type { device, pci } from '@bindsafe/kernel';

const table = new Map<string, pci.Device<device.Bound>>();

export function storeParent(key: string, parent: pci.Device<device.Bound>): void {
  table.set(key, parent);
}

export function auditCount(): number {
  return table.size;
}
