// [class 7] A NIC's stats reader closure handles the unplugged case with `?.` and `??`, under `using`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function makeRevisionReader(dev: GpuDevice): () => number {
  return () => {
    using guard = dev.unbindGuard();
    return guard?.parent.revision ?? -1;
  };
}
