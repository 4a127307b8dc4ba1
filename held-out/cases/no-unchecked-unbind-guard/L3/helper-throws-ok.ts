// A helper that throws ENODEV for undefined itself: callers get a guard.
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../_shared/gpu-drm.js';

function enterOrThrow(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${dev.name} is unplugged`);
  return guard;
}

export function busMaster(dev: GpuDevice): boolean {
  using guard = enterOrThrow(dev);
  return guard.parent.busMaster;
}
