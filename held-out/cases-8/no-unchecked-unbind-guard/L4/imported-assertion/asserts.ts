// Assertion helpers shared by the display code.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function assertPlugged(
  guard: drm.UnbindGuard<GpuDrm> | undefined,
  where: string,
): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (guard === undefined) throw new Error(`${where}: device unplugged`);
}
