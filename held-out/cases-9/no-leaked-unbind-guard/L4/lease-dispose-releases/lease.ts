// A lease that owns the guard and releases it when disposed.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class GuardLease implements Disposable {
  readonly #opened = Date.now();

  constructor(private readonly guard: drm.UnbindGuard<GpuDrm>) {}

  get busMaster(): boolean {
    return this.guard.parent.busMaster;
  }

  get heldForMs(): number {
    return Date.now() - this.#opened;
  }

  [Symbol.dispose](): void {
    this.guard.release();
  }
}
