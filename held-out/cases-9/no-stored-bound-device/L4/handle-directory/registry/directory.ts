// Helper module: a module-level directory of Device<Normal> handles.
import type { device, pci } from '@bindsafe/kernel';

const directory = new Map<number, pci.Device>();

export function publish(slot: number, dev: pci.Device<device.Bound>): void {
  directory.set(slot, dev.toNormal());
}

export function lookup(slot: number): pci.Device | undefined {
  return directory.get(slot);
}
