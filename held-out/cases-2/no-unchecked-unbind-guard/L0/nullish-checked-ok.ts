// Optional chaining and ?? handle the unplugged case. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function revisionOr(dev: GpuDevice, fallback: number): number {
  using guard = dev.unbindGuard();
  return guard?.parent.revision ?? fallback;
}
