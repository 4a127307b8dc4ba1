// Counter names (a string[] from Object.keys) and a spread copy of the counters leave the section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const counterNames: string[] = [];
export let counterSnapshot: Record<string, number> = {};

export function publishCounters(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_p, { counters }) => {
    counterNames.splice(0, counterNames.length, ...Object.keys(counters));
    counterSnapshot = { ...counters };
  });
}
