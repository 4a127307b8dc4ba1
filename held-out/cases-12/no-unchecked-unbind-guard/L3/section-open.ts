// A Section class with a static opener wraps `unbindGuard()`; the thermal path asserts its result. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

abstract class Section {
  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    return dev.unbindGuard();
  }
}

export class Thermal extends Section {
  constructor(private readonly dev: GpuDevice) {
    super();
  }

  throttle(limitC: number): boolean {
    using guard = Section.open(this.dev)!; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.registrationDataWith((_p, data) => (data.counters['tempC'] ?? 0) > limitC);
  }
}
