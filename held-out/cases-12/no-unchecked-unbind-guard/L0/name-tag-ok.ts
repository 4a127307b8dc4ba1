// A debug name tag reads the parent's revision when the device is plugged, with `?.` and `??`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function nameTag(dev: GpuDevice, prefix = 'gpu'): string {
  using guard = dev.unbindGuard();
  const rev = guard?.parent.revision ?? -1;
  return `${prefix}:${dev.name}:r${rev}`.toUpperCase();
}
