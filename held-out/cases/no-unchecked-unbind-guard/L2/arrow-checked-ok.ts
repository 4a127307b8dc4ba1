// An arrow callback given to map checks each result and releases it.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function revisions(devices: readonly GpuDevice[]): number[] {
  return devices.map((dev) => {
    using guard = dev.unbindGuard();
    return guard ? guard.parent.revision : -1;
  });
}
