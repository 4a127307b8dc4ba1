// An alias checked, then destructured.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function ids(dev: GpuDevice): [number, number] {
  const maybe = dev.unbindGuard();
  if (!maybe) return [0, 0];
  using guard = maybe;
  const { parent } = guard;
  return [parent.vendorId, parent.deviceId];
}
