// A type predicate from a barrel narrows the guard inside a labelled search loop.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { isHeld } from './util/index.js';

export function findByDeviceId(devs: readonly GpuDevice[], wanted: number): string | undefined {
  let found: string | undefined;
  search: for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!isHeld(guard)) continue search;
    if (guard.parent.deviceId === wanted) {
      found = dev.name;
      break search;
    }
  }
  return found;
}
