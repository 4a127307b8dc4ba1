// [class 7] A Set's forEach is given an arrow that returns each device's guard, discarded.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class DisplayGroup {
  readonly #members = new Set<GpuDevice>();

  add(dev: GpuDevice): this {
    this.#members.add(dev);
    return this;
  }

  ping(): number {
    this.#members.forEach((dev) => dev.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
    return this.#members.size;
  }
}
