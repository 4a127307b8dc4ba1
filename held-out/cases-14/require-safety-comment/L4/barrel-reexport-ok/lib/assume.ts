// Helper module of the barrel-reexport-ok case.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

/** @unsafe The caller must guarantee that `ddev` went through `Registration.new`. */
export function registeredName(ddev: drm.Device<GpuDrm, drm.Uninit>): string {
  // SAFETY: the caller of this @unsafe function guarantees the device is registered.
  return ddev.assumeCtx<drm.Registered>().name;
}

export const plainName = (ddev: drm.Device<GpuDrm, drm.Uninit>): string => ddev.name;
