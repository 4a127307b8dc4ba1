// A device inventory destructures `{ parent }` from a `using` guard and keeps only plain ids and a `toNormal()` handle in a module `Map`. [class 2]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface InventoryEntry {
  readonly handle: pci.Device;
  readonly vendorId: number;
  readonly deviceId: number;
  readonly revision: number;
  readonly slot: string;
}

const inventory = new Map<string, InventoryEntry>();

export function recordInventory(dev: GpuDevice): InventoryEntry | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return inventory.get(dev.name);
  const { parent } = guard;
  const { vendorId, deviceId, revision, name: slot } = parent;
  const entry: InventoryEntry = { handle: parent.toNormal(), vendorId, deviceId, revision, slot };
  inventory.set(dev.name, entry);
  return entry;
}

export function knownSlots(): string[] {
  return [...inventory.values()].map((entry) => entry.slot);
}
