// A counter reader checks the helper's result with an early return and releases in finally.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { tryEnter } from './enter.js';

export const ENODEV = -19;

export function readCounter(gpu: GpuDevice | undefined, ring: number): number {
  const guard = tryEnter(gpu);
  if (!guard) return ENODEV;
  try {
    return guard.registrationDataWith((_p, data) => data.counters[`ring${ring}`] ?? 0);
  } finally {
    guard.release();
  }
}
