// A debugfs reader checks the guard first; the later `!` is redundant, after narrowing. [class 3]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function readDebugfs(dev: GpuDevice, offset: number): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0xffff_ffff;
  return guard!.registrationDataWith((_parent, data) => data.bar.read32(offset));
}
