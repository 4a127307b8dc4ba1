// A multi-GPU cache flush maps devices to async jobs that check the guard, with `allSettled`. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function flushAll(devs: readonly GpuDevice[]): Promise<number[]> {
  const results = await Promise.allSettled(
    devs.map(async (dev) => {
      using guard = dev.unbindGuard();
      if (!guard) return -1;
      await pause(1);
      return guard.parent.revision;
    }),
  );
  return results.map((r) => (r.status === 'fulfilled' ? r.value : -1));
}
