// A helper throws ENODEV for `undefined` itself, so its callers get a guard they can use directly. [class 1]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function requireGuard(dev: GpuDevice, what: string): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${what}: ${dev.name} is unplugged`);
  return guard;
}

export function resetEngine(dev: GpuDevice, engine: number): void {
  using guard = requireGuard(dev, 'resetEngine');
  guard.registrationDataWith((_parent, data) => data.bar.write32(1 << engine, 0x0200));
}

export function engineCount(dev: GpuDevice): number {
  using guard = requireGuard(dev, 'engineCount');
  return guard.parent.revision >= 3 ? 8 : 4;
}
