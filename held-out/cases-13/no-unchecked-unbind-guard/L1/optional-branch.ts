// A reset path only enters the device when asked to, through a conditional alias, then asserts it. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface ResetRequest {
  readonly full: boolean;
  readonly ring?: number;
}

export function resetRing(dev: GpuDevice, { full, ring = 0 }: ResetRequest): string {
  using guard = full ? dev.unbindGuard() : undefined;
  if (!full) return `${dev.name}: soft reset of ring ${ring}`;
  return `${guard!.parent.name}: full reset of ring ${ring}`; // expect: bindsafe/no-unchecked-unbind-guard
}
