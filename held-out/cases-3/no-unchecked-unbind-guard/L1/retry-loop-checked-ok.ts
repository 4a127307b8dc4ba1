// A retry loop takes the guard up to three times, checking for undefined on each attempt.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function readWithRetry(dev: GpuDevice, attempts = 3): number | undefined {
  for (let i = 0; i < attempts; i++) {
    const guard = dev.unbindGuard();
    if (guard === undefined) continue;
    try {
      const value = guard.parent.resourceLen(0);
      if (value > 0) return value;
    } finally {
      guard.release();
    }
  }
  return undefined;
}
