// A BAR probe returns from inside a try block; the finally releases the guard on every path [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class BarTooSmall extends Error {
  override readonly name = 'BarTooSmall';
}

export function vramBarLength(dev: drm.Device<GpuDrm>, min: number): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  try {
    const len = guard.parent.resourceLen(2);
    if (len === 0) return 0;
    if (len < min) throw new BarTooSmall(`BAR2 is ${len} bytes`);
    return len;
  } finally {
    guard.release();
  }
}
