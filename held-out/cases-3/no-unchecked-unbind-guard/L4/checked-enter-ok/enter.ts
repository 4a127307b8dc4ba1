// An assertion function from another module narrows the guard.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function assertPlugged(guard: drm.UnbindGuard<GpuDrm> | undefined): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (guard === undefined) throw new Error('device unplugged');
}
