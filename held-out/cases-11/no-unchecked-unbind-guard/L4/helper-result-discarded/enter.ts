// A helper that passes unbindGuard()'s result on.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function enter(dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
