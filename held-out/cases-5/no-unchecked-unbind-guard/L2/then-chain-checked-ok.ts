// A resume path waits in a `.then` chain and takes a fresh guard in the last link, handling `undefined` with `?.` and `??`. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function revisionAfterResume(dev: drm.Device<GpuDrm>, delayMs = 2): Promise<number> {
  return pause(delayMs)
    .then(() => dev.name)
    .then((name) => {
      using guard = dev.unbindGuard();
      const revision = guard?.parent.revision ?? -1;
      if (revision < 0) console.warn(`${name}: unplugged before resume completed`);
      return revision;
    });
}
