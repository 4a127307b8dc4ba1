// A display driver's vblank counter asserts the guard with `!` in a `using` declaration.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class VblankCounter {
  count = 0;

  constructor(private readonly dev: GpuDevice) {}

  tick(): number {
    using guard = this.dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    this.count += 1;
    return guard.parent.revision + this.count;
  }
}
