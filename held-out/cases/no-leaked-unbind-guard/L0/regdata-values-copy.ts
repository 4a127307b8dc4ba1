// Object.values of a number record and a spread copy of it leave the section as plain data. [class 2]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

let snapshot: Record<string, number> = {};
let totals: number[] = [];

export function captureCounters(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  totals = guard.registrationDataWith((_parent, data) => Object.values(data.counters));
  snapshot = guard.registrationDataWith((_parent, data) => ({ ...data.counters }));
  return totals.reduce((a, b) => a + b, 0) + Object.keys(snapshot).length;
}
