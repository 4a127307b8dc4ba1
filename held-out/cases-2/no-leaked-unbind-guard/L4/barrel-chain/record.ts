// Normalises the key, then hands the parent on to the store.
import type { device, pci } from '@bindsafe/kernel';
import { storeParent } from './store.js';

export function recordParent(name: string, parent: pci.Device<device.Bound>): void {
  storeParent(name.trim().toLowerCase(), parent);
}
