// Helper module for module-registry.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
const registry = new Map<string, auxiliary.Registration>();

export function enroll(parent: pci.Device<device.Bound>, key: string): string {
  registry.set(key, auxiliary.Registration.new(parent.asRef(), key, 0, 'held10'));
  return key;
}
