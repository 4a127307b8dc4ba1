// The helper module: retries `unbindGuard()` a few times while the GPU resumes and resolves to the guard or `undefined`.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../../cases/_shared/timing.js';

export async function enterWhenReady(dev: drm.Device<GpuDrm>, tries = 3): Promise<drm.UnbindGuard<GpuDrm> | undefined> {
  for (let attempt = 0; attempt < tries; attempt++) {
    const guard = dev.unbindGuard();
    if (guard) return guard;
    await pause(attempt + 1);
  }
  return undefined;
}
