// Section helpers: enterOrThrow() checks for undefined itself and throws ENODEV.
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enterOrThrow(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (!guard) throw new errors.KernelError('ENODEV', `${dev.name} is unplugged`);
  return guard;
}
