// An EDID reader uses a default-exported acquire helper and an imported assertion function. [class 8]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import acquire, { assertAcquired } from './acquire.js';

export function readEdid(dev: GpuDevice, block = 0): Uint8Array {
  using guard = acquire(dev);
  assertAcquired(guard);
  const edid = new Uint8Array(128);
  edid[0] = guard.parent.revision + block;
  return edid;
}
