// Reads vendor and device ids under a `using` guard and returns them as a formatted id.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function pciId(dev: drm.Device<GpuDrm>): string | null {
  using guard = dev.unbindGuard();
  if (guard === undefined) return null;
  const { vendorId, deviceId } = guard.parent;
  return `${vendorId.toString(16).padStart(4, '0')}:${deviceId.toString(16).padStart(4, '0')}`;
}
