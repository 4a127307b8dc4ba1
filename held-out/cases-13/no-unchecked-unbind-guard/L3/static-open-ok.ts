// The fan controller narrows Section.open()'s result with the class's own static type predicate. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

abstract class Section {
  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }

  static isOpen(g: drm.UnbindGuard<GpuDrm> | undefined): g is drm.UnbindGuard<GpuDrm> {
    return g !== undefined;
  }
}

export class FanController {
  constructor(readonly dev: GpuDevice) {}

  setDuty(percent: number): boolean {
    const duty = Math.min(100, Math.max(0, Math.round(percent)));
    using guard = Section.open(this.dev);
    if (!Section.isOpen(guard)) return false;
    guard.registrationDataWith((_parent, data) => data.bar.write32(duty, 0x500));
    return true;
  }
}
