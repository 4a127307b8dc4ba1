// The reset path enters only when asked to and tests the alias itself, not the flag. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface ResetRequest {
  readonly full: boolean;
  readonly ring?: number;
}

export function resetRing(dev: GpuDevice, { full, ring = 0 }: ResetRequest): string {
  using guard = full ? dev.unbindGuard() : undefined;
  if (guard === undefined) return `${dev.name}: soft reset of ring ${ring}`;
  return `${guard.parent.name}: full reset of ring ${ring}`;
}
