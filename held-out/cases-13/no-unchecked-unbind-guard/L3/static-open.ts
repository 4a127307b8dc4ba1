// A Section class with a static open() factory is used by a fan controller that asserts the result. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

abstract class Section {
  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }
}

export class FanController {
  constructor(readonly dev: GpuDevice) {}

  setDuty(percent: number): void {
    const duty = Math.min(100, Math.max(0, Math.round(percent)));
    using guard = Section.open(this.dev)!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.bar.write32(duty, 0x500));
  }
}
