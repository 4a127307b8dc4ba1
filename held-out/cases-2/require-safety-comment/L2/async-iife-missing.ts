// An async arrow IIFE with an assumeCtx call inside and no comment. [class 5] [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function kick(dev: drm.Device<GpuDrm, drm.Uninit>): void {
  void (async () => {
    const reg = dev.assumeCtx<drm.Registered>(); // expect: bindsafe/require-safety-comment
    console.log(reg.name);
  })();
}
