// A revision query takes a guard with `const` and returns without ever releasing it [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function chipRevision(dev: drm.Device<GpuDrm>): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -19;
  const revision = guard.parent.revision;
  return revision;
}
