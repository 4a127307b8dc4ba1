// assumeCtx on a registered drm.Device, justified.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export function asUninit(dev: drm.Device<GpuDrm>): drm.Device<GpuDrm, drm.Uninit> {
  // SAFETY: Registered extends Uninit: viewing a registered device as Uninit only forgets.
  return dev.assumeCtx<drm.Uninit>();
}
