// A hot-plug announcer keeps the last announced parent through a small helper of its own.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let announced: pci.Device<device.Bound> | undefined;
const announceHooks: Array<(name: string) => void> = [];

function remember(parent: pci.Device<device.Bound>): void {
  announced = parent;
  announceHooks.forEach((hook) => hook(parent.name));
}

export function announce(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  remember(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}

export function announcedVendor(): number | undefined {
  return announced?.vendorId;
}
