// A vblank counter reader closing over the registration data is stored in a field of the class instance. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class VblankMonitor {
  #read: (() => number) | undefined;

  constructor(private readonly dev: GpuDevice) {}

  arm(crtc: number): boolean {
    using guard = this.dev.unbindGuard();
    if (!guard) return false;
    return guard.registrationDataWith((_parent, data) => {
      const key = `vblank${crtc}`;
      this.#read = () => data.counters[key] ?? 0; // expect: bindsafe/no-leaked-unbind-guard
      return true;
    });
  }

  poll(): number {
    return this.#read?.() ?? -1;
  }
}
