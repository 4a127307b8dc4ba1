// A NIC statistics service: remembers every pci device that ever issued a query.
import type { device, pci } from '@bindsafe/kernel';

const seen = new Set<pci.Device<device.Bound>>();

export function noteQuerier(pdev: pci.Device<device.Bound>): number {
  seen.add(pdev);
  return seen.size;
}
