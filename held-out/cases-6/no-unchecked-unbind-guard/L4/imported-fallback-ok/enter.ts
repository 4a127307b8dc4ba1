// A storage multipath helper: the guard of one path, or undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function pathGuard(path: GpuDevice | undefined): drm.UnbindGuard<GpuDrm> | undefined {
  return path?.unbindGuard();
}
