// [class 8] A rest-parameter helper returns the first device's guard; the caller casts through unknown.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enterFirst(...devs: GpuDevice[]) {
  return devs[0]?.unbindGuard();
}

export function leadDeviceId(lead: GpuDevice, ...followers: GpuDevice[]): number {
  using guard = enterFirst(lead, ...followers) as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.deviceId + followers.length;
}
