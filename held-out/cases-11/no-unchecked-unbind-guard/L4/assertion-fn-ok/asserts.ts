// An assertion function for guards, shared by the driver's modules.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function assertEntered(guard: drm.UnbindGuard<GpuDrm> | undefined, what: string): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (guard === undefined) throw new RangeError(`${what}: device unplugged`);
}
