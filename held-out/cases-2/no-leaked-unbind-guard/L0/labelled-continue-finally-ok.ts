// `continue outer` from an inner loop passes through the `finally` that releases the guard. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function countRings(devs: readonly GpuDevice[], rings: readonly number[]): number {
  let found = 0;
  outer: for (const dev of devs) {
    const guard = dev.unbindGuard();
    if (!guard) continue;
    try {
      for (const ring of rings) {
        const hit = guard.registrationDataWith((_parent, data) => data.counters[`ring${ring}`] !== undefined);
        if (hit) {
          found++;
          continue outer;
        }
      }
    } finally {
      guard.release();
    }
  }
  return found;
}
