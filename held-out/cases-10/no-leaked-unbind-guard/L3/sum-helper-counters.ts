// A sum() helper reduces the numeric counters to a number that the caller caches in a module let [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let lastTotal = 0;

function sum(counters: Record<string, number>): number {
  return Object.values(counters).reduce((a, b) => a + b, 0);
}

export function refreshTotal(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return lastTotal;
  lastTotal = guard.registrationDataWith((_parent, data) => sum(data.counters));
  return lastTotal;
}
