// A reduce callback sums the counters inside registrationDataWith; the total is a number.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const totals = new Map<string, number>();

export function sumCounters(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const total = guard.registrationDataWith((_p, { counters }) =>
    Object.keys(counters).reduce((acc, key) => acc + (counters[key] ?? 0), 0),
  );
  totals.set(dev.name, total);
}
