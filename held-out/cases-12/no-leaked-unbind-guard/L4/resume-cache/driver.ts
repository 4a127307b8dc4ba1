// A GPU's resume path hands the guard's parent to PM bookkeeping in another module, which keeps it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { noteResume } from './pm/cache.js';

export function resume(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.parent.asRef().info('resuming');
  noteResume(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}
