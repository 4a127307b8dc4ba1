// Helpers: one enters, one is a type predicate for held guards.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function enter(dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function isHeld(guard: drm.UnbindGuard<GpuDrm> | undefined): guard is drm.UnbindGuard<GpuDrm> {
  return guard !== undefined;
}
