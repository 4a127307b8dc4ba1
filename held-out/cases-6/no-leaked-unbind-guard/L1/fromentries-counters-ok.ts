// [class 2] Copies of numbers only: `Object.fromEntries(Object.entries(counters))` kept in a module variable.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export let ringCounters: Record<string, number> = {};

export function refreshCounters(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  guard.registrationDataWith((_parent, data) => {
    ringCounters = Object.fromEntries(Object.entries(data.counters).filter(([, n]) => n > 0));
  });
  return true;
}
