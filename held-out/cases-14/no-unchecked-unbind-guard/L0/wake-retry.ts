// A runtime-resume path retries waking the GPU a few times and "pokes" the device with a bare unbindGuard() call, C-style, to see whether it is still there. [class 1]
import { errors } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const MAX_ATTEMPTS = 4;

export async function resumeWithRetry(dev: GpuDevice, wake: () => boolean): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    if (wake()) return attempt;
    await pause(attempt * 5);
  }
  throw new errors.KernelError('ETIMEDOUT', `${dev.name}: resume failed after ${MAX_ATTEMPTS} attempts`);
}
