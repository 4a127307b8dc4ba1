// assumeCtx() inside an async callback given to map, for Promise.allSettled, has no SAFETY comment anywhere above it. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function reportAll(devices: readonly GpuDevice[]): Promise<string[]> {
  const results = await Promise.allSettled(
    devices.map(async (dev) => {
      const view = dev.assumeCtx<drm.Uninit>(); // expect: bindsafe/require-safety-comment
      await pause(1);
      return `${view.name}: ${dev.data.submitted} jobs`;
    }),
  );
  return results.map((r) => (r.status === 'fulfilled' ? r.value : 'unavailable'));
}
