// A static stats holder records the vram size (a number) read from the registration data.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class VramStats {
  static lastSize = 0;

  static sample(dev: drm.Device<GpuDrm>): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    VramStats.lastSize = guard.registrationDataWith((_p, data) => data.vramSize);
  }
}
