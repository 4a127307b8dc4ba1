// A ?? fallback to a second device's guard is still possibly undefined, and is asserted with !.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function anyRevision(main: GpuDevice, spare: GpuDevice): number {
  using guard = (main.unbindGuard() ?? spare.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
