// A small wrapper class with a static factory returning unbindGuard()'s result.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class Section {
  private constructor() {}

  static open(dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }
}
