// A type predicate narrows the guard; the held branch releases it in `finally` [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function isHeld(guard: drm.UnbindGuard<GpuDrm> | undefined): guard is drm.UnbindGuard<GpuDrm> {
  return guard !== undefined;
}

export function deviceIdOr(dev: drm.Device<GpuDrm>, fallback: number): number {
  const guard = dev.unbindGuard();
  if (!isHeld(guard)) return fallback;
  try {
    return guard.parent.deviceId;
  } finally {
    guard.release();
  }
}
