// An enumeration helper yields the bound parent of each GPU to its consumer. [class 5]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function* boundParents(devs: Iterable<GpuDevice>): Generator<pci.Device<device.Bound>, void, undefined> {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    yield guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}
