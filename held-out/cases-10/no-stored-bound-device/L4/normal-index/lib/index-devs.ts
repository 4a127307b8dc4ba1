import type { device, pci } from '@bindsafe/kernel';
const devs = new Map<string, pci.Device>();
export function indexDevice(d: pci.Device<device.Core>): void {
  devs.set(d.name, d.toNormal());
}
