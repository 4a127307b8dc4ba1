// Valid: a PCI id query reads the vendor and device ids into a number inside a using section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function pciId(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return (guard.parent.vendorId << 16) | guard.parent.deviceId;
}
