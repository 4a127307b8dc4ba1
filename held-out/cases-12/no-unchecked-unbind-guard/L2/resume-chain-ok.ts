// A resume path chains `.then` callbacks and enters the device through `withUnbindGuard`. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function resume(dev: GpuDevice): Promise<string> {
  return pause(5)
    .then(() => dev.withUnbindGuard((parent) => parent.revision))
    .then((rev) => (rev === undefined ? `${dev.name}: gone` : `${dev.name}: resumed r${rev}`));
}
