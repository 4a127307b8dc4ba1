// A backlight control's setter calls unbindGuard() for its side effect and drops the result.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class BacklightControl {
  #level = 0;

  constructor(private readonly dev: GpuDevice) {}

  get level(): number {
    return this.#level;
  }

  set level(value: number) {
    this.#level = Math.max(0, Math.min(255, value));
    this.dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  }
}
