// The driver's section wrapper: Section.open passes unbindGuard()'s result on, undefined included.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export class Section {
  private constructor() {}

  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }
}
