// [class 8] A revision getter reads through ?. on the guard and falls back with ??.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class ChipInfo {
  readonly #dev: GpuDevice;

  constructor(dev: GpuDevice) {
    this.#dev = dev;
  }

  get revision(): number {
    using guard = this.#dev.unbindGuard();
    return guard?.parent.revision ?? -1;
  }
}
