// [class 5] A .then callback throws a custom error for an undefined guard; .catch maps it.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

class GoneError extends Error {}

export function delayedDeviceId(dev: GpuDevice): Promise<number> {
  return pause(5)
    .then(() => {
      using guard = dev.unbindGuard();
      if (!guard) throw new GoneError(dev.name);
      return guard.parent.deviceId;
    })
    .catch((err: unknown) => (err instanceof GoneError ? -19 : Promise.reject(err)));
}
