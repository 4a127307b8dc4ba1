// Enters the device's critical section and hands the result to the caller.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function beginAccess(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
