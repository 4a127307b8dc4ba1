// Section helpers of the reset module: they pass unbindGuard()'s result on to the caller.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enterSection(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
