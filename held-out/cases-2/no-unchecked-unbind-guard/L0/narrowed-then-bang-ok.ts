// `!` used only after an explicit `=== undefined` check; the release is in `finally`. [class 5] [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function vram(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  try {
    return guard!.registrationDataWith((_parent, data) => data.vramSize);
  } finally {
    guard!.release();
  }
}
