// A generator yields the bound parent out of its section.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function* boundParents(devices: Iterable<GpuDevice>): Generator<pci.Device<device.Bound>> {
  for (const dev of devices) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    yield guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}
