// Helper module for helper-partial-drop.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export function probeChild(parent: pci.Device<device.Bound>, cleanup: boolean): boolean {
  const reg = auxiliary.Registration.new(parent.asRef(), 'probe', 0, 'held10');
  if (cleanup) {
    void reg.drop();
  }
  return reg.name.length > 0;
}
