// A cast that drops undefined from the result.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../_shared/gpu-drm.js';

export function deviceIdAttr(dev: GpuDevice): number {
  using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.deviceId;
}
