// Reads the parent PCI device's identity inside a critical section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export interface ParentId {
  readonly vendor: number;
  readonly device: number;
}

export function parentId(dev: drm.Device<GpuDrm>): ParentId | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return { vendor: guard.parent.vendorId, device: guard.parent.deviceId };
}
