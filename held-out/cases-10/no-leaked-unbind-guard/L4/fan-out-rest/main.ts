// Broadcast setup passes the registration data's Bar to a rest-parameter helper that stores it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { fanOut } from './targets.js';

export function joinBroadcast(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    fanOut(data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
}
