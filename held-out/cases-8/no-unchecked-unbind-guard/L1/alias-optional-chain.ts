// [class 6] A renamed alias of the guard is read with ?. and a default.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function memEnabled(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  const lease = guard;
  return lease?.parent.memoryEnabled ?? false;
}
