// An alias of the result is read with ?. and ?? and released with ?.release().
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function revisionOrDefault(dev: GpuDevice, fallback = -1): number {
  const guard = dev.unbindGuard();
  const rev = guard?.parent.revision ?? fallback;
  guard?.release();
  return rev;
}
