// [class 6] A storage driver narrows with `!== undefined`, then moves the guard into a `using` alias inside the block.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function queueDepth(dev: GpuDevice): number {
  const maybe = dev.unbindGuard();
  if (maybe !== undefined) {
    using held = maybe;
    return held.registrationDataWith((_parent, data) => data.log.length);
  }
  return 0;
}
