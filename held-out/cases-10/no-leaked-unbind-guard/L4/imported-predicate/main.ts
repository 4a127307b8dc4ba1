// An imported isHeld() predicate narrows the guard; the guard is released in finally.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { isHeld } from './guards.js';

export class GpuDeviceError extends Error {
  constructor(readonly code: number) {
    super(`gpu error ${code}`);
  }
}

export function checkFault(dev: drm.Device<GpuDrm>): void {
  const guard = dev.unbindGuard();
  if (!isHeld(guard)) return;
  try {
    const code = dev.data.regs.access(guard.parent.asRef()).read32(0xe0);
    if (code !== 0) throw new GpuDeviceError(code);
  } finally {
    guard.release();
  }
}
