// A lease object over an UnbindGuard that releases it on dispose.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export class Lease implements Disposable {
  constructor(readonly guard: drm.UnbindGuard<GpuDrm>, readonly owner: string) {}

  get vendor(): number {
    return this.guard.parent.vendorId;
  }

  [Symbol.dispose](): void {
    this.guard.release();
    console.log(`lease of ${this.owner} ended`);
  }
}
