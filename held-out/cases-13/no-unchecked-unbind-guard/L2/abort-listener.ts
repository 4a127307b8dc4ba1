// A job cancelled through an AbortSignal resets its ring from the abort listener, asserting the guard. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Job {
  readonly ring: number;
  readonly signal: AbortSignal;
}

export function armCancel(dev: GpuDevice, job: Job): void {
  job.signal.addEventListener(
    'abort',
    () => {
      using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      guard.registrationDataWith((_parent, data) => data.bar.write32(1, 0x100 + job.ring * 4));
    },
    { once: true },
  );
}
