// Formatting helpers for PCI identities.
import type { device, pci } from '@bindsafe/kernel';

const hex = (n: number, width = 4): string => n.toString(16).padStart(width, '0');

export function describeParent(parent: pci.Device<device.Bound>): string {
  return `[${hex(parent.vendorId)}:${hex(parent.deviceId)}] rev ${hex(parent.revision, 2)}`;
}
