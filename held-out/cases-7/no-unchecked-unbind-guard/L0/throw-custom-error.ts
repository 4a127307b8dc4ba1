// [class 1] A mode-set path throws a custom DeviceGoneError when the guard is undefined.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class DeviceGoneError extends Error {
  readonly errno = -19;
  constructor(name: string) {
    super(`${name} is gone`);
  }
}

export function modeSet(dev: GpuDevice, width: number, height: number): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) throw new DeviceGoneError(dev.name);
  const pitch = width * 4;
  return pitch * height <= guard.parent.resourceLen(0) ? 0 : -28;
}
