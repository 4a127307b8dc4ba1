// A counter snapshot packs the guard into a local tuple, checking it with `&&` first. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function snapshot(dev: GpuDevice): Record<string, number> {
  using guard = dev.unbindGuard();
  const pair = guard && ([guard, dev.name] as const);
  if (!pair) return {};
  const [held, name] = pair;
  const copy = held.registrationDataWith((_parent, data) => ({ ...data.counters }));
  return { ...copy, [`${name}.rev`]: held.parent.revision };
}
