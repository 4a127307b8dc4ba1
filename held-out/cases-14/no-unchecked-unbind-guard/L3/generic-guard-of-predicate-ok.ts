// A generic helper returns the guard of any DRM device; a batched counter lookup narrows it with a generic type predicate before each batch. [class 2]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function guardOf<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}

function isHeld<D extends drm.AnyDriver>(guard: drm.UnbindGuard<D> | undefined): guard is drm.UnbindGuard<D> {
  return guard !== undefined;
}

export function countKnownCounters(dev: GpuDevice, names: readonly string[], batch = 4): number {
  let known = 0;
  for (let start = 0; start < names.length; start += batch) {
    using guard = guardOf(dev);
    if (!isHeld(guard)) break;
    const slice = names.slice(start, start + batch);
    known += guard.registrationDataWith((_pdev, data) => slice.filter((name) => name in data.counters).length);
  }
  return known;
}
