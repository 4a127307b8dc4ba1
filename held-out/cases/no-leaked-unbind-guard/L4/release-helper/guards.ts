// Guard helpers of a driver: running work and releasing the guard on every path.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../_shared/gpu-drm.js';

export function runAndRelease<R>(guard: drm.UnbindGuard<GpuDrm>, work: () => R): R {
  try {
    return work();
  } finally {
    guard.release();
  }
}
