// Opens an HDCP session's critical section: passes `unbindGuard()`'s result on.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../../cases/_shared/gpu-drm.js';

export function openSession(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
