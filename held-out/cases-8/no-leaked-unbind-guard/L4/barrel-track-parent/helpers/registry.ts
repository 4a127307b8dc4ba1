// Helper module: a module-level set of tracked PCI devices.
import type { device, pci } from '@bindsafe/kernel';

const tracked = new Set<pci.Device<device.Bound>>();

export function track(pdev: pci.Device<device.Bound>): number {
  tracked.add(pdev);
  return tracked.size;
}
