// A generic same-file helper running a callback over the registration data.
import type { GpuDevice, GpuRegData } from '../../_shared/gpu-drm.js';

function withData<R>(dev: GpuDevice, fallback: R, f: (data: GpuRegData) => R): R {
  using guard = dev.unbindGuard();
  if (!guard) return fallback;
  return guard.registrationDataWith((_parent, data) => f(data));
}

export function logSize(dev: GpuDevice): number {
  return withData(dev, 0, (data) => data.log.length);
}

export function vram(dev: GpuDevice): string {
  return withData(dev, 'n/a', (data) => `${data.vramSize >> 20} MiB`);
}
