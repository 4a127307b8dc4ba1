// The scoped-section class keeps the guard and releases it in [Symbol.dispose]; declared with using. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Section implements Disposable {
  readonly #guard: drm.UnbindGuard<GpuDrm>;

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

export function revisionOf(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using section = new Section(guard);
  return section.revision;
}
