// The guard is aliased and read through a conditional expression; `using` releases it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function revisionOrDefault(dev: drm.Device<GpuDrm>, fallback = -1): number {
  using guard = dev.unbindGuard();
  const held = guard;
  return held ? held.parent.revision : fallback;
}
