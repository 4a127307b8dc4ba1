// A section wrapper that stores the guard in a field and releases it in its dispose method.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class Section implements Disposable {
  #guard: drm.UnbindGuard<GpuDrm>;

  constructor(guard: drm.UnbindGuard<GpuDrm>) {
    this.#guard = guard;
  }

  get revision(): number {
    return this.#guard.parent.revision;
  }

  [Symbol.dispose](): void {
    this.#guard.release();
  }
}
