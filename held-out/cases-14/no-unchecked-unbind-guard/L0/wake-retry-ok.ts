// A runtime-resume path retries waking the GPU a few times, checking on each attempt that the device is still plugged in before touching the parent. [class 1]
import { errors } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const MAX_ATTEMPTS = 4;

export async function resumeWithRetry(dev: GpuDevice, wake: (busMaster: boolean) => boolean): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let woke = false;
    {
      using guard = dev.unbindGuard();
      if (guard === undefined) throw new errors.KernelError('ENODEV', `${dev.name}: unplugged during resume`);
      woke = wake(guard.parent.busMaster);
    }
    if (woke) return attempt;
    await pause(attempt * 5);
  }
  throw new errors.KernelError('ETIMEDOUT', `${dev.name}: resume failed after ${MAX_ATTEMPTS} attempts`);
}
