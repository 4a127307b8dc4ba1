// The crash-dump hook snapshots only the counters record and the log lines, which are all primitives. [class 4]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let counters: Record<string, number> = {};
let totals: number[] = [];

export function captureCrashState(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    counters = { ...data.counters };
    totals = Object.values(data.counters);
  });
}

export function crashTotal(): number {
  return totals.reduce((a, b) => a + b, 0) + Object.keys(counters).length;
}
