// A Section utility class: static open() passes unbindGuard()'s result on.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export abstract class Section {
  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }

  static isOpen(g: drm.UnbindGuard<GpuDrm> | undefined): g is drm.UnbindGuard<GpuDrm> {
    return g !== undefined;
  }
}
