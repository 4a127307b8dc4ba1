// After a settle pause, a `.then` callback appends to the registration data's log [class 5].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function scheduleSettleNote(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_p, data) => {
    void pause(10).then(() => data.log.push('settled')); // expect: bindsafe/no-leaked-unbind-guard
  });
}
