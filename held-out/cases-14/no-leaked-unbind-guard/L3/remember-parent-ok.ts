// A hot-plug announcer keeps a handle of the last announced parent through a small helper of its own.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let announced: pci.Device | undefined;
const announceHooks: Array<(name: string) => void> = [];

function remember(parent: pci.Device<device.Bound>): void {
  announced = parent.toNormal();
  announceHooks.forEach((hook) => hook(parent.name));
}

export function announce(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  remember(guard.parent);
}

export function announcedName(): string | undefined {
  return announced?.name;
}
