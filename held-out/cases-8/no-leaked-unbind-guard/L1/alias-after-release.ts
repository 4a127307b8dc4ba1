// A thermal read aliases the parent, releases the guard, then uses the alias for the subsystem id.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function thermalZoneId(dev: drm.Device<GpuDrm>): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return -1;
  const { parent } = guard;
  const pdev = parent;
  guard.release();
  return pdev.deviceId & 0xff; // expect: bindsafe/no-leaked-unbind-guard
}
