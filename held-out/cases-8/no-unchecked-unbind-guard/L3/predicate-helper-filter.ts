// A type-predicate helper narrows the guard in an if; the else branch returns a default.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function isLive(guard: drm.UnbindGuard<GpuDrm> | undefined): guard is drm.UnbindGuard<GpuDrm> {
  return guard !== undefined;
}

export function thermalZone(dev: GpuDevice, zone = 0): number {
  using guard = dev.unbindGuard();
  if (isLive(guard)) {
    return guard.registrationDataWith((_p, data) => data.counters[`thermal${zone}`] ?? 0);
  }
  return -1;
}
