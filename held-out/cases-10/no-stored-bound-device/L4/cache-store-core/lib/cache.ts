import type { device, pci } from '@bindsafe/kernel';
const owners = new WeakMap<object, pci.Device<device.Core>>();
export function cacheOwner(key: object, d: pci.Device<device.Core>): void {
  owners.set(key, d);
}
