// [class 5] Async map callbacks under Promise.all read through ?. and ?? after a pause.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function vendorIds(devs: readonly GpuDevice[]): Promise<number[]> {
  return Promise.all(
    devs.map(async (dev) => {
      await pause(2);
      using guard = dev.unbindGuard();
      return guard?.parent.vendorId ?? 0;
    }),
  );
}
