// A lazily evaluated revision reader is stored on the instance and called by a getter later [class 7].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class LazyRevision {
  #read: (() => number) | null = null;

  bind(dev: drm.Device<GpuDrm>): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    this.#read = () => guard.parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  }

  get revision(): number {
    return this.#read?.() ?? -1;
  }
}
