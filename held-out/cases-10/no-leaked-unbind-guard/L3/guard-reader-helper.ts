// A helper that receives the guard reads the parent's revision during the call.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function revisionOf(guard: drm.UnbindGuard<GpuDrm>): number {
  return guard.parent.revision;
}

export function supportsFastPath(dev: drm.Device<GpuDrm>): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return revisionOf(guard) >= 3;
}
