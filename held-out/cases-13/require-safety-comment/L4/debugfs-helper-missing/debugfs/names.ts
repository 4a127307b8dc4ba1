// The debugfs module's naming helpers for the GPU's DRM device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function debugfsDir(dev: drm.Device<GpuDrm>, minor: number): string {
  const view = dev.assumeCtx<drm.Uninit>(); // expect: bindsafe/require-safety-comment
  return `dri/${minor}/${view.name}`;
}
