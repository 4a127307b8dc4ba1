// A runtime-PM helper class enters the device with a guarded callback before logging a suspend.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class RuntimePm {
  #suspends = 0;
  constructor(private readonly dev: GpuDevice) {}

  get suspends(): number {
    return this.#suspends;
  }

  suspend(): boolean {
    const done = this.dev.withUnbindGuard((parent) => {
      parent.asRef().info('runtime suspend');
      return true;
    });
    if (done === undefined) return false;
    this.#suspends++;
    return true;
  }
}
