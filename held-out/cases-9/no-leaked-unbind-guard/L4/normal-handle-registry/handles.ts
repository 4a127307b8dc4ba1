// Turns a bound parent into a storable Device<Normal> handle.
import type { device, pci } from '@bindsafe/kernel';

export function toHandle(parent: pci.Device<device.Bound>): pci.Device<device.Normal> {
  return parent.toNormal();
}
