// Default-exported guard acquisition for the GPU driver, with an assertion function beside it.
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function assertAcquired(guard: drm.UnbindGuard<GpuDrm> | undefined): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (!guard) throw new errors.KernelError('ENODEV', 'display unplugged');
}

export default function acquire(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
