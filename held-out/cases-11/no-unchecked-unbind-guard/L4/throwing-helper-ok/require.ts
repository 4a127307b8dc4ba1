// A helper that throws a custom error for an unplugged device itself.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class DeviceGone extends Error {
  readonly errno = -19;
  constructor(name: string) {
    super(`${name} was unplugged`);
  }
}

export function requireSection(dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new DeviceGone(dev.name);
  return guard;
}
