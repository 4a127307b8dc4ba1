// A type-predicate helper narrows the guard before it is used. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function present(g: drm.UnbindGuard<GpuDrm> | undefined): g is drm.UnbindGuard<GpuDrm> {
  return g !== undefined;
}

export function ringCount(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!present(guard)) return 0;
  return guard.registrationDataWith((_parent, data) => Object.keys(data.counters).length);
}
