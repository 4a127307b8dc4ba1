// A deferred-reset scheduler parks the parent's revision and the queue time in a module-level tuple. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Pending = readonly [revision: number, queuedAt: number];

let pending: Pending | undefined;

export const queueReset = (dev: GpuDevice, now: () => number = Date.now): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  pending = [guard.parent.revision, now()];
  return true;
};

export const queuedAt = (): number | undefined => pending?.[1];
