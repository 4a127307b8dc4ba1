// break and continue inside try run finally first: every iteration releases its guard. [class 1]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function sumRevisions(devices: readonly GpuDevice[], limit: number): number {
  let total = 0;
  outer: for (const dev of devices) {
    const guard = dev.unbindGuard();
    if (guard === undefined) continue;
    try {
      if (guard.parent.revision === 0) continue;
      total += guard.parent.revision;
      if (total > limit) break outer;
    } finally {
      guard.release();
    }
  }
  return total;
}
