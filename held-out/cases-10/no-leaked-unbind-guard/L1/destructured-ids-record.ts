// Destructured numeric ids from the parent go into a module-level inventory record [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const inventory: Record<string, { vendor: number; device: number }> = {};

export function register(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const { vendorId, deviceId } = guard.parent;
  inventory[dev.name] = { vendor: vendorId, device: deviceId };
}
