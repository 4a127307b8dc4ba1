// Helper module: a section wrapper that keeps the guard as a parameter property and releases it on dispose.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class ScopedSection implements Disposable {
  #closed = false;

  constructor(readonly guard: drm.UnbindGuard<GpuDrm>) {}

  get closed(): boolean {
    return this.#closed;
  }

  readClock(): number {
    return this.guard.registrationDataWith((_p, data) => data.bar.read32(0x20));
  }

  [Symbol.dispose](): void {
    this.#closed = true;
    this.guard.release();
  }
}
