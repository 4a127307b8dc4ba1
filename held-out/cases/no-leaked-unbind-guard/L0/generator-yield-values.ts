// A generator yielding plain values read inside each section. [class 2]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function* vendorIds(devices: Iterable<GpuDevice>): Generator<number> {
  for (const dev of devices) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    yield guard.parent.vendorId;
  }
}
