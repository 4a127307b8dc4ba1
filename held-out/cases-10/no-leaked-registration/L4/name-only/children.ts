// Helper module for name-only.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export function spawn(parent: pci.Device<device.Bound>, name: string, id = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent.asRef(), name, id, 'held10');
}
