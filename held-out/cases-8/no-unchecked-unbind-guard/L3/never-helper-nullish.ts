// A helper builds the guard with ?? and a never-returning fail(); callers use it unchecked safely.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class DeviceUnpluggedError extends Error {
  constructor(readonly device: string) {
    super(`${device}: unplugged`);
  }
}

function fail(dev: GpuDevice): never {
  throw new DeviceUnpluggedError(dev.name);
}

function liveSection(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  return dev.unbindGuard() ?? fail(dev);
}

export function memClock(dev: GpuDevice): number {
  using guard = liveSection(dev);
  return guard.registrationDataWith((_p, data) => data.counters['memClock'] ?? 0);
}
