// A conditional between two guards, asserted as a whole. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function pick(primary: GpuDevice, backup: GpuDevice, usePrimary: boolean): number {
  using guard = (usePrimary ? primary.unbindGuard() : backup.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
