// A private method of a wrapper class casts the guard as if the device could not be unplugged. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Doorbell {
  readonly #dev: GpuDevice;
  constructor(dev: GpuDevice) {
    this.#dev = dev;
  }

  #ring(value: number): void {
    using guard = this.#dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.bar.write32(value, 0x80));
  }

  kick(): void {
    this.#ring(1);
  }
}
