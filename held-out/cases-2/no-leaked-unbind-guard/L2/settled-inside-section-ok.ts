// Promise.allSettled over synchronous work; guard held with `using` across the awaits. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function selfTest(dev: GpuDevice): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const results = await Promise.allSettled([pause(1), pause(2)]);
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  return ok + guard.parent.revision;
}
