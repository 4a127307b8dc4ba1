// Helper module for map-entries-ok.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export function spawnMap(parent: pci.Device<device.Bound>, ...names: string[]): Map<string, auxiliary.Registration> {
  const m = new Map<string, auxiliary.Registration>();
  for (const [i, n] of names.entries()) m.set(n, auxiliary.Registration.new(parent.asRef(), n, i, 'held10'));
  return m;
}
