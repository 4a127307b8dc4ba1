// A helper gathers the section's objects in a Set it creates itself and returns the count [class 4].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

function distinctResources(data: GpuRegData): number {
  const set = new Set<object>([data.bar, data.pdev, data.counters]);
  return set.size;
}

export function resourceSummary(dev: drm.Device<GpuDrm>): string {
  using guard = dev.unbindGuard();
  if (!guard) return 'none';
  const n = guard.registrationDataWith((_p, data) => distinctResources(data));
  return `${n} resources`;
}
