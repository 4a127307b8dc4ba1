// The DRM side registers a handle of its parent with the static power-observer list of another module.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { PowerObservers } from './observers.js';

export function observePower(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return PowerObservers.add(guard.parent.toNormal());
}
