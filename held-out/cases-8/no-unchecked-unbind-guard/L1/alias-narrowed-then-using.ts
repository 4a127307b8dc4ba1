// [class 6] An alias is narrowed with an early return before it is taken by a using declaration.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function busMastering(dev: GpuDevice): boolean {
  const maybe = dev.unbindGuard();
  if (!maybe) return false;
  using guard = maybe;
  return guard.parent.busMaster;
}
