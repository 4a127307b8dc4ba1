// Helper module of the default-export case.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

/** @unsafe The caller must guarantee that `ddev` went through `Registration.new`. */
export default function assumeRegistered(ddev: drm.Device<GpuDrm, drm.Uninit>): drm.Device<GpuDrm> {
  // SAFETY: the caller of this @unsafe function guarantees the device is registered.
  return ddev.assumeCtx<drm.Registered>();
}
