// drm.Device#assumeCtx justified above the return of an early-return branch.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function asUninit(ddev: drm.Device<GpuDrm> | undefined): drm.Device<GpuDrm, drm.Uninit> | undefined {
  if (ddev === undefined) return undefined;
  // SAFETY: every registered device is also a valid Uninit device; Uninit offers only the
  // operations that are sound in any context.
  return ddev.assumeCtx<drm.Uninit>();
}
