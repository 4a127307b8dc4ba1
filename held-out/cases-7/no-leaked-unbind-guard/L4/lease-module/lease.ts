// A reusable lease: owns a guard (this.guard = guard) and releases it when disposed.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class GuardLease implements Disposable {
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
