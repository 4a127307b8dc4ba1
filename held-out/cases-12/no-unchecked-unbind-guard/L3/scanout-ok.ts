// A scanout engine class enters through a private method and reads its result with `?.`/`??`. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class Scanout {
  #frames = 0;
  constructor(private readonly dev: GpuDevice) {}

  #enter() {
    return this.dev.unbindGuard();
  }

  flip(): number {
    using guard = this.#enter();
    const rev = guard?.parent.revision;
    if (rev === undefined) return -1;
    this.#frames++;
    return rev * 1000 + this.#frames;
  }
}
