// A map callback takes one guard per device and handles undefined with ?. and ??.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function revisions(devices: readonly GpuDevice[]): number[] {
  return devices.map((dev) => {
    using guard = dev.unbindGuard();
    return guard?.parent.revision ?? -1;
  });
}
