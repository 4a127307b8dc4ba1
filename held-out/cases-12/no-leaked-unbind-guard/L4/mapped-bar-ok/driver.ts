// The vblank counter maps the BAR through the guard's parent on each read and keeps only the count. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { mapFor } from './io/map.js';

export class VblankCounter {
  #last = 0;

  constructor(readonly dev: GpuDevice) {}

  read(): number {
    using guard = this.dev.unbindGuard();
    if (!guard) return this.#last;
    const bar = mapFor(this.dev.data.regs, guard.parent);
    this.#last = bar.read32(0x60);
    return this.#last;
  }
}
