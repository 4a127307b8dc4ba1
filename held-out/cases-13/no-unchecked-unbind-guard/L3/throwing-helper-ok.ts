// A helper falls back to a mirror device and throws ENODEV itself, so the caller gets a guard. [class 6]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Pair {
  readonly primary: GpuDevice;
  readonly mirror?: GpuDevice;
}

function enterAnyOrThrow({ primary, mirror }: Pair): drm.UnbindGuard<GpuDrm> {
  const guard = primary.unbindGuard() ?? mirror?.unbindGuard();
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${primary.name} and its mirror are unplugged`);
  return guard;
}

export function mirroredVram(pair: Pair): number {
  using guard = enterAnyOrThrow(pair);
  return guard.registrationDataWith((_parent, data) => data.vramSize);
}
