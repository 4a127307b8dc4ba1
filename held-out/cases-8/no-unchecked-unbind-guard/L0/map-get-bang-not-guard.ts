// [class 2] A ! on a Map lookup of a number next to a checked guard: not a guard, no finding.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const ringBase = new Map<number, number>([[0, 0x1000], [1, 0x2000]]);

export function ringHead(dev: GpuDevice, ring: 0 | 1): number {
  const base = ringBase.get(ring)!;
  using guard = dev.unbindGuard();
  if (!guard) return base;
  return base + guard.registrationDataWith((_p, data) => data.counters[`ring${ring}`] ?? 0);
}
