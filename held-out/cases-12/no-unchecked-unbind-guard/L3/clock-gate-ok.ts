// A clock-gating path enters the device through a helper that throws ENODEV itself.
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (!guard) throw new errors.KernelError('ENODEV', `${dev.name}: unplugged`);
  return guard;
}

export function ungateClocks(dev: GpuDevice, domains: readonly string[]): number {
  using guard = enter(dev);
  guard.parent.asRef().info(`ungating ${domains.join('+')}`);
  return domains.length;
}
