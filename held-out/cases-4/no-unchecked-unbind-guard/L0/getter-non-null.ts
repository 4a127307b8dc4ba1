// A sysfs-style class getter asserts the guard with `!`, which is undefined during hot-unplug. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class PowerAttrs {
  constructor(private readonly dev: GpuDevice, private readonly powerReg = 0x0810) {}

  get milliwatts(): number {
    using guard = this.dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.registrationDataWith((_parent, data) => data.bar.read32(this.powerReg));
  }

  get name(): string {
    return this.dev.name;
  }
}
