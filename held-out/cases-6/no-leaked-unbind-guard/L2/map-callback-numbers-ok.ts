// [class 7] Array callbacks run inside the section and dropped there; only numbers are returned.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const RINGS = [0, 1, 2, 3] as const;

export function ringLoads(dev: GpuDevice): number[] {
  using guard = dev.unbindGuard();
  if (!guard) return RINGS.map(() => 0);
  return guard.registrationDataWith((_parent, data) =>
    RINGS.map((ring) => data.counters[`ring${ring}`] ?? 0).filter((n) => n >= 0),
  );
}
