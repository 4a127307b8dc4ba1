// Section helpers shared by the stats code: an unplugged card is ENODEV here, never undefined.
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enterOrThrow(card: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = card.unbindGuard();
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${card.name}: unplugged`);
  return guard;
}
