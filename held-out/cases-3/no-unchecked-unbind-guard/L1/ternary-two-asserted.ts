// A conditional between two devices' guards is asserted as a whole.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function pickRevision(a: GpuDevice, b: GpuDevice, preferA: boolean): number {
  using guard = (preferA ? a.unbindGuard() : b.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
