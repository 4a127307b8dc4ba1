// An async registrationDataWith callback awaits Promise.all over the rings, then reads counters [class 5].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function drainRings(dev: drm.Device<GpuDrm>, rings: number[]): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith(async (_parent, data) => {
    await Promise.all(rings.map((ring) => pause(ring)));
    return rings.reduce((sum, ring) => sum + (data.counters[`ring${ring}`] ?? 0), 0); // expect: bindsafe/no-leaked-unbind-guard
  });
}
