// [class 6] Two aliases later, the guard is cast to NonNullable of its own type.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function submittedJobs(dev: GpuDevice): number {
  const first = dev.unbindGuard();
  const second = first;
  using guard = second as NonNullable<typeof second>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.log.length);
}
