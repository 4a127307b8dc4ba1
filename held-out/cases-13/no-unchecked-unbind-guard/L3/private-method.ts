// A scanout engine class enters through a private #enter() method and asserts it in flip(). [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Scanout {
  #flips = 0;

  constructor(private readonly dev: GpuDevice) {}

  #enter(): drm.UnbindGuard<GpuDrm> | undefined {
    return this.dev.unbindGuard();
  }

  flip(fb: number): number {
    using guard = this.#enter()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.bar.write32(fb, 0x300));
    return ++this.#flips;
  }
}
