// A dual-head GPU picks the primary or the secondary device and asserts the conditional's guard. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Heads {
  readonly primary: GpuDevice;
  readonly secondary: GpuDevice;
}

export function activeRevision({ primary, secondary }: Heads, useSecondary = false): number {
  using guard = (useSecondary ? secondary.unbindGuard() : primary.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
