// A class's getters each take a `using` guard and return numbers read in the section, with `??` defaults.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class VramInfo {
  constructor(private readonly dev: GpuDevice, private readonly fallbackMiB = 0) {}

  get totalMiB(): number {
    using guard = this.dev.unbindGuard();
    const bytes = guard?.registrationDataWith((_parent, data) => data.vramSize);
    return bytes === undefined ? this.fallbackMiB : bytes >>> 20;
  }

  get barMiB(): number {
    using guard = this.dev.unbindGuard();
    if (!guard) return this.fallbackMiB;
    return guard.parent.resourceLen(0) >>> 20;
  }

  get vendor(): string {
    using guard = this.dev.unbindGuard();
    return guard ? `0x${guard.parent.vendorId.toString(16).padStart(4, '0')}` : 'unplugged';
  }
}
