// Section entry for GPU devices.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enterGpu(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
