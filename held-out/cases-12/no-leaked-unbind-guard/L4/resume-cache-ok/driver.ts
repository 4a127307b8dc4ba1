// The resume path hands the parent to PM bookkeeping that keeps only a handle and a number. [class 2]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { noteResume } from './pm/cache.js';

export function resume(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.parent.asRef().info('resuming');
  noteResume(guard.parent);
  return true;
}
