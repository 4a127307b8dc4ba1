// Formatting helpers that turn device ids into strings.
import type { device, pci } from '@bindsafe/kernel';

export function serialOf(p: pci.Device<device.Bound>): string {
  return String(p.vendorId * 0x10000 + p.deviceId);
}
