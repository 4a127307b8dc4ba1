// Section helpers shared by the driver's modules.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../_shared/gpu-drm.js';

export function tryEnter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
