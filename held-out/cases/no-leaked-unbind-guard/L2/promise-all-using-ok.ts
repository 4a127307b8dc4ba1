// A using guard held across a Promise.all of async steps that use it.
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export async function warmup(dev: GpuDevice, steps: readonly number[]): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const results = await Promise.all(
    steps.map(async (step) => {
      await pause(step);
      guard.parent.asRef().info(`warmup step ${step}`);
      return step * guard.parent.revision;
    }),
  );
  return results.reduce((a, b) => a + b, 0);
}
