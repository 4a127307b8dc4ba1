// `?.` and `??` handle the unplugged case, with a default parameter as the fallback.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function revision(dev: GpuDevice, fallback = -1): number {
  using guard = dev.unbindGuard();
  return guard?.parent.revision ?? fallback;
}

export function vramMiB(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  const bytes = guard?.registrationDataWith((_parent, data) => data.vramSize) ?? 0;
  return bytes >>> 20;
}
