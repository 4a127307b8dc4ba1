// [class 7] A reduce callback sums BAR lengths, skipping devices whose guard is undefined.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function totalBar0(devs: Iterable<GpuDevice>): number {
  return Array.from(devs).reduce((sum, dev) => {
    using guard = dev.unbindGuard();
    return guard ? sum + guard.parent.resourceLen(0) : sum;
  }, 0);
}
