// [class 7] A map callback casts each device's guard to drop undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function deviceIds(devs: readonly GpuDevice[]): number[] {
  return devs.map((dev) => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.parent.deviceId;
  });
}
