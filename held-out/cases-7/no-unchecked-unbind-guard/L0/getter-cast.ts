// [class 8] A vblank counter's getter casts the guard to drop undefined before a using declaration.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class VblankCounter {
  #frames = 0;

  constructor(private readonly dev: GpuDevice) {}

  get scanoutLength(): number {
    using guard = this.dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.parent.resourceLen(0);
  }

  tick(): number {
    return ++this.#frames;
  }
}
