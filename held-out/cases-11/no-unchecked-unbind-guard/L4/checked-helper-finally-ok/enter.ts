// A helper passing unbindGuard()'s result on, with an optional device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function tryEnter(dev?: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
  return dev?.unbindGuard();
}
