// Opens a critical section on a GPU and throws ENODEV itself when the device is unplugged.
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${dev.name} unplugged`);
  return guard;
}
