// The guard is narrowed by an imported assertion function before a `!`-free use.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { assertPlugged } from './enter.js';

export function vendor(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  assertPlugged(guard);
  return guard.parent.vendorId;
}
