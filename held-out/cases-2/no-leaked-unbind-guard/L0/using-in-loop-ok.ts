// A guard per device, declared with `using` inside a loop body: released every iteration. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function totalRevision(devs: readonly GpuDevice[]): number {
  let total = 0;
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    total += guard.parent.revision;
  }
  return total;
}
