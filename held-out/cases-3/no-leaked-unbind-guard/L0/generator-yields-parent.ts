// A generator over devices yields each guarded parent to whoever iterates it.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function* parents(devs: Iterable<GpuDevice>): Generator<pci.Device<device.Bound>> {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    yield guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}
