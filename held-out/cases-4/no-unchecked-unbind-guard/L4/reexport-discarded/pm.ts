// The helper module: takes a section for runtime PM and hands the result back.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function hold(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
