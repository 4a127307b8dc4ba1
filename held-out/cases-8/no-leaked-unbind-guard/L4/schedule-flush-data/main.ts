// A submit path hands the registration data to a flush scheduler in another module that captures it in a timer.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { scheduleFlush } from './flush.js';

export function submitAndFlush(dev: drm.Device<GpuDrm>, ring: number): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  guard.registrationDataWith((_parent, data) => {
    data.bar.write32(ring, 0x600);
    scheduleFlush(data); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}
