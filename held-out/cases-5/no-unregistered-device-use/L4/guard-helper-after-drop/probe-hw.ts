// Reads the parent's revision inside a critical section of the DRM device it is given.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';

export function readRevision(dev: GpuDevice): number | undefined {
  return dev.withUnbindGuard((parent) => parent.revision);
}
