// A generic helper returns the guard of any DRM device; a batched counter lookup casts its result to a guard instead of handling the unplugged case. [class 2, class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function guardOf<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}

export function countKnownCounters(dev: GpuDevice, names: readonly string[], batch = 4): number {
  let known = 0;
  for (let start = 0; start < names.length; start += batch) {
    using guard = guardOf(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    const slice = names.slice(start, start + batch);
    known += guard.registrationDataWith((_pdev, data) => slice.filter((name) => name in data.counters).length);
  }
  return known;
}
