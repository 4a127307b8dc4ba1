// A resume path chains `.then` callbacks and enters the device for its side effect in one of them. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function resume(dev: GpuDevice): Promise<string> {
  return pause(5)
    .then(() => {
      dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    })
    .then(() => `${dev.name}: resumed`);
}
