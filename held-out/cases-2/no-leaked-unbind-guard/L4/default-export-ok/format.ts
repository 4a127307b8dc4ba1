// Formats a bound PCI parent as a one-line banner.
import type { device, pci } from '@bindsafe/kernel';

export default function formatParent(parent: pci.Device<device.Bound>): string {
  const id = `${parent.vendorId.toString(16)}:${parent.deviceId.toString(16)}`;
  return `${parent.name} [${id}] rev ${parent.revision}`;
}
