// A scanout engine class enters through a private method and asserts its result. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class Scanout {
  #frames = 0;
  constructor(private readonly dev: GpuDevice) {}

  #enter() {
    return this.dev.unbindGuard();
  }

  flip(): number {
    using guard = this.#enter()!; // expect: bindsafe/no-unchecked-unbind-guard
    this.#frames++;
    return guard.parent.revision * 1000 + this.#frames;
  }
}
