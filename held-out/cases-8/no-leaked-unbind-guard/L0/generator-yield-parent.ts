// A device walker generator yields the guarded parent of each DRM device to its consumer.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function* boundParents(devs: readonly drm.Device<GpuDrm>[]): Generator<pci.Device> {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (guard === undefined) continue;
    yield guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}
