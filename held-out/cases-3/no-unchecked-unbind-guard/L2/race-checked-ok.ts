// A `.then` in a Promise.race against a timeout checks the guard with optional chaining.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function revisionSoon(dev: GpuDevice, ms = 20): Promise<number> {
  const read = pause(0).then(() => {
    using guard = dev.unbindGuard();
    return guard?.parent.revision ?? -1;
  });
  const timeout = pause(ms).then(() => -2);
  return Promise.race([read, timeout]);
}
