// assumeCtx on a drm.Device without a comment. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function asUninit(dev: drm.Device<GpuDrm>): drm.Device<GpuDrm, drm.Uninit> {
  const view = dev.assumeCtx<drm.Uninit>(); // expect: bindsafe/require-safety-comment
  return view;
}
