// Valid: a helper from a barrel copies the numeric counters; the copy is kept in a module variable.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { nonZero } from './stats/index.js';

let published: Record<string, number> = {};

export function publishCounters(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  published = guard.registrationDataWith((_parent, data) => nonZero(data.counters));
  return Object.keys(published).length;
}
