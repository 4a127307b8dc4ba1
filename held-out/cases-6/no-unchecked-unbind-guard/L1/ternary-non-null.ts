// [class 6] A dual-head display picks the primary or secondary head's guard with a ternary and asserts it with `!`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function headRevision(primary: GpuDevice, secondary: GpuDevice, usePrimary: boolean): number {
  using guard = (usePrimary ? primary.unbindGuard() : secondary.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
