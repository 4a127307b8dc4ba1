// A WeakMap keyed by the drm.Device handle holding numbers read in the section.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const lastRev = new WeakMap<GpuDevice, number>();

export function refresh(dev: GpuDevice): number {
  const rev = dev.withUnbindGuard((parent) => parent.revision);
  if (rev !== undefined) lastRev.set(dev, rev);
  return lastRev.get(dev) ?? -1;
}
