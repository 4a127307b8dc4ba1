// A shared helper that throws an ENODEV-style error for an unplugged device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class NoDeviceError extends Error {
  readonly code = 'ENODEV';
}

export function requireGuard(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new NoDeviceError(`${dev.name} unplugged`);
  return guard;
}
