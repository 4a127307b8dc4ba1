// The abort listener asserts the guard with an assertion function and reports ENODEV in its catch. [class 1]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Job {
  readonly ring: number;
  readonly signal: AbortSignal;
}

function assertPlugged<D extends drm.AnyDriver>(g: drm.UnbindGuard<D> | undefined): asserts g is drm.UnbindGuard<D> {
  if (g === undefined) throw new errors.KernelError('ENODEV');
}

export function armCancel(dev: GpuDevice, job: Job, onGone: (name: string) => void): void {
  job.signal.addEventListener(
    'abort',
    () => {
      try {
        using guard = dev.unbindGuard();
        assertPlugged(guard);
        guard.registrationDataWith((_parent, data) => data.bar.write32(1, 0x100 + job.ring * 4));
      } catch (e: unknown) {
        if (e instanceof errors.KernelError && e.code === 'ENODEV') onGone(dev.name);
        else throw e;
      }
    },
    { once: true },
  );
}
