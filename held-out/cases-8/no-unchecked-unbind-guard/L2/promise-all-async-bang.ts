// [class 5] Async map callbacks under Promise.all assert each guard after a pause.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function revisions(devs: readonly GpuDevice[]): Promise<number[]> {
  return Promise.all(
    devs.map(async (dev) => {
      await pause(1);
      using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      return guard.parent.revision;
    }),
  );
}
