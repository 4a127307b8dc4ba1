// Promise.all over async arrows, each checking its guard before use. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export async function revisions(devs: readonly GpuDevice[]): Promise<number[]> {
  return Promise.all(
    devs.map(async (d) => {
      using g = d.unbindGuard();
      if (g === undefined) return -1;
      return g.parent.revision;
    }),
  );
}
