// A do/while retry loop checks each guard before reading the VRAM size.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function vramWithRetry(dev: GpuDevice, attempts = 3): number | undefined {
  let left = attempts;
  do {
    using guard = dev.unbindGuard();
    if (guard) return guard.registrationDataWith((_p, data) => data.vramSize);
  } while (--left > 0);
  return undefined;
}
