// An imported type predicate (through a barrel) narrows the guard in a do/while retry loop.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { isHeld } from './util/index.js';

export function linkTrain(dev: GpuDevice, attempts = 3): boolean {
  let left = attempts;
  do {
    const guard = dev.unbindGuard();
    if (!isHeld(guard)) return false;
    try {
      if (guard.parent.resourceLen(0) > left) return true;
    } finally {
      guard.release();
    }
  } while (--left > 0);
  return false;
}
