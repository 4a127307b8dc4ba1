// A dual-head GPU picks the primary or the secondary device and checks the conditional's guard. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Heads {
  readonly primary: GpuDevice;
  readonly secondary: GpuDevice;
}

export function activeRevision({ primary, secondary }: Heads, useSecondary = false): number {
  using guard = useSecondary ? secondary.unbindGuard() : primary.unbindGuard();
  if (guard === undefined) return -1;
  return guard.parent.revision;
}
