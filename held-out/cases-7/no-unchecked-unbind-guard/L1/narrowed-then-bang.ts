// [class 8] A `!` written after an explicit undefined check (redundant but harmless).
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function barLength(dev: GpuDevice, bar: number): number {
  const candidate = dev.unbindGuard();
  if (candidate === undefined) return 0;
  using guard = candidate!;
  return guard.parent.resourceLen(bar);
}
