// A lease object that keeps the guard but whose dispose only marks itself closed.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class Lease implements Disposable {
  closed = false;

  constructor(readonly guard: drm.UnbindGuard<GpuDrm>) {}

  get vendor(): number {
    return this.guard.parent.vendorId;
  }

  [Symbol.dispose](): void {
    this.closed = true;
  }
}
