// The guarded parent goes through a barrel into a helper chain that keeps it (3 modules). [class 3] [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { recordParent } from './index.js';

export function audit(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  recordParent(dev.name, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return guard.parent.revision;
}
