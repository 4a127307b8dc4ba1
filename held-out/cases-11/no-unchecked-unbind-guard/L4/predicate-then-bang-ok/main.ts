// A map of devices by slot: each guard is checked with an imported predicate, and a ! after the check is fine.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enter, isHeld } from './guards.js';

export function totalVram(slots: ReadonlyMap<string, GpuDevice>): number {
  let total = 0;
  for (const [, gpu] of slots) {
    const guard = enter(gpu);
    if (!isHeld(guard)) continue;
    try {
      total += guard!.registrationDataWith((_p, data) => data.vramSize);
    } finally {
      guard.release();
    }
  }
  return total;
}
