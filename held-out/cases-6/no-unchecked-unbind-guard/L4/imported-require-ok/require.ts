// A NIC's shared helper: a guard or an ENODEV-like error, never undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class LinkGoneError extends Error {
  readonly code = 'ENODEV';
}

export function requireLink(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new LinkGoneError(`${dev.name}: link gone`);
  return guard;
}
