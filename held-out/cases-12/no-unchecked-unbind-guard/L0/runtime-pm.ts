// A runtime-PM helper class "enters" the device the C way, for the side effect, before logging a suspend.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class RuntimePm {
  #suspends = 0;
  constructor(private readonly dev: GpuDevice) {}

  get suspends(): number {
    return this.#suspends;
  }

  suspend(): void {
    this.dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    this.#suspends++;
    console.log(`${this.dev.name}: runtime suspend #${this.#suspends}`);
  }
}
