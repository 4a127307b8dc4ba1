// The guard is released by a helper in another module bindsafe can see.
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { runAndRelease } from './guards.js';

export function revisionOrZero(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return runAndRelease(guard, () => guard.parent.revision);
}
