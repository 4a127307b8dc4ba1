// A multi-GPU cache flush maps devices to async jobs that assert the guard across an `await`. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function flushAll(devs: readonly GpuDevice[]): Promise<number[]> {
  return Promise.all(
    devs.map(async (dev) => {
      using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      await pause(1);
      return guard.parent.revision;
    }),
  );
}
