// Valid: Object.values of the number record is appended to a module history list.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const history: number[][] = [];

export function recordCounters(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  const values = guard.registrationDataWith((_parent, data) => Object.values(data.counters));
  history.push(values);
  if (history.length > 64) history.shift();
}
