// Default export: the device's guard, or undefined once unplugged.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export default function enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
