// [class 1] A manual guard checked with typeof, then a redundant ! after narrowing, released in finally.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function vendorOf(dev: GpuDevice): number | null {
  const guard = dev.unbindGuard();
  if (typeof guard === 'undefined') return null;
  try {
    return guard!.parent.vendorId;
  } finally {
    guard.release();
  }
}
