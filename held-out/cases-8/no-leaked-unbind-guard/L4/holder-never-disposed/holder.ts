// Helper module: a guard holder that releases the guard it keeps when disposed.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class GuardHolder implements Disposable {
  private readonly guard: drm.UnbindGuard<GpuDrm>;

  constructor(guard: drm.UnbindGuard<GpuDrm>) {
    this.guard = guard;
  }

  vram(): number {
    return this.guard.registrationDataWith((_p, data) => data.vramSize);
  }

  [Symbol.dispose](): void {
    this.guard.release();
  }
}
