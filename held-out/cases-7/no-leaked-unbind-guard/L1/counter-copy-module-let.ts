// [class 2] A stats export copies the counters record with spread (numbers only) into a module variable.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastCounters: Record<string, number> = {};

export function exportCounters(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  lastCounters = guard.registrationDataWith((_parent, data) => ({ ...data.counters }));
  return Object.keys(lastCounters).length;
}

export function counter(name: string): number {
  return lastCounters[name] ?? 0;
}
