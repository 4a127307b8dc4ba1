// Helper module: a section wrapper whose dispose method only logs and forgets to release the guard.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class Section implements Disposable {
  constructor(private readonly guard: drm.UnbindGuard<GpuDrm>, private readonly tag: string) {}

  get vendor(): number {
    return this.guard.parent.vendorId;
  }

  [Symbol.dispose](): void {
    console.debug(`section ${this.tag} closed`);
  }
}
