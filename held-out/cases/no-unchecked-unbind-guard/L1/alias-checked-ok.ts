// The same alias and conditional, checked before use.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function activeRevision(primary: GpuDevice, secondary: GpuDevice, usePrimary: boolean): number {
  using guard = usePrimary ? primary.unbindGuard() : secondary.unbindGuard();
  if (guard == null) return -1;
  const same = guard;
  return same.parent.revision;
}
