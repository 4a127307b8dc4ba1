// Opens a critical section or throws ENODEV-like when the device is gone.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export default function enterOrThrow(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (!guard) throw new Error(`${dev.name}: unplugged`);
  return guard;
}
