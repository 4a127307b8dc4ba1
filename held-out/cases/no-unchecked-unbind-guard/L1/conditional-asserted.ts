// A conditional between two results, asserted.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function activeRevision(primary: GpuDevice, secondary: GpuDevice, usePrimary: boolean): number {
  const either = usePrimary ? primary.unbindGuard() : secondary.unbindGuard();
  using guard = either!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
