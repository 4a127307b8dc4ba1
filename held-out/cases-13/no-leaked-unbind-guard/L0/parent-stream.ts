// A device enumerator is a generator that yields each GPU's bound parent to a lazy pipeline. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function* boundParents(devs: Iterable<GpuDevice>): Generator<pci.Device<device.Bound>> {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (guard === undefined) continue;
    yield guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}

export const firstWhere = <T>(it: Iterable<T>, pred: (x: T) => boolean): T | undefined => {
  for (const x of it) if (pred(x)) return x;
  return undefined;
};
