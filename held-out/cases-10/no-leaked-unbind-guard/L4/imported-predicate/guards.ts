// Guard predicates shared by the driver's modules.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function isHeld(guard: drm.UnbindGuard<GpuDrm> | undefined): guard is drm.UnbindGuard<GpuDrm> {
  return guard !== undefined;
}
