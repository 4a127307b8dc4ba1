// A brightness setter casts the guard to drop `undefined`, and a keep-alive method discards an `unbindGuard()` with `void`. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const BACKLIGHT = 0x0c00;

export class Backlight {
  #level = 0;

  constructor(private readonly dev: GpuDevice, readonly max = 255) {}

  get level(): number {
    return this.#level;
  }

  set level(value: number) {
    const clamped = Math.min(Math.max(0, value), this.max);
    using guard = this.dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.bar.write32(clamped, BACKLIGHT));
    this.#level = clamped;
  }

  keepAlive(): void {
    void this.dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  }
}
