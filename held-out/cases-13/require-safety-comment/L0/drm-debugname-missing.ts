// A GPU's debugfs name view reinterprets the DRM device as Uninit without saying why.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type DebugView = drm.Device<GpuDrm, drm.Uninit>;

export function debugName(dev: drm.Device<GpuDrm>, minor: number): string {
  const view: DebugView = dev.assumeCtx<drm.Uninit>(); // expect: bindsafe/require-safety-comment
  return `${view.name}/card${minor}`;
}
