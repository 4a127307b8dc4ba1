// A sampler keeps the BAR's read32 bound to the BAR in a field for a periodic poll.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Sampler {
  #read: ((offset: number) => number) | undefined;

  start(dev: drm.Device<GpuDrm>): boolean {
    using guard = dev.unbindGuard();
    if (guard === undefined) return false;
    guard.registrationDataWith((_p, data) => {
      this.#read = data.bar.read32.bind(data.bar); // expect: bindsafe/no-leaked-unbind-guard
    });
    return this.#read !== undefined;
  }

  sample(): number {
    return this.#read?.(0x10) ?? 0;
  }
}
