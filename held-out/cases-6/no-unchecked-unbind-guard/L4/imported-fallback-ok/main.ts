// [class 6] A multipath storage driver falls back to the standby path with `??` over an imported helper, then checks.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { pathGuard } from './enter.js';

export function activePathId(active: GpuDevice | undefined, standby: GpuDevice): number {
  using guard = pathGuard(active) ?? pathGuard(standby);
  if (!guard) return -1;
  return guard.parent.deviceId;
}
