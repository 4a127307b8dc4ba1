// The scanout engine's flip() handles an undefined #enter() result with optional chaining. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Scanout {
  #flips = 0;

  constructor(private readonly dev: GpuDevice) {}

  #enter(): drm.UnbindGuard<GpuDrm> | undefined {
    return this.dev.unbindGuard();
  }

  flip(fb: number): number | undefined {
    using guard = this.#enter();
    const done = guard?.registrationDataWith((_parent, data) => {
      data.bar.write32(fb, 0x300);
      return true;
    });
    return done === true ? ++this.#flips : undefined;
  }
}
