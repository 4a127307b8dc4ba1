// [class 1] A VRAM probe throws a custom Error subclass inside try; the guard is released in finally.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class VramTooSmallError extends Error {
  constructor(readonly size: number) {
    super(`VRAM too small: ${size}`);
    this.name = 'VramTooSmallError';
  }
}

export function checkVram(dev: GpuDevice, minimum: number): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  try {
    const size = guard.registrationDataWith((_parent, data) => data.vramSize);
    if (size < minimum) throw new VramTooSmallError(size);
    return size;
  } finally {
    guard.release();
  }
}
