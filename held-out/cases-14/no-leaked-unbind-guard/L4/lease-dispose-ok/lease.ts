import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

/** A section lease: runs its "ended" subscribers, then releases the guard, when it is disposed. */
export class SectionLease implements Disposable {
  readonly #ended: Array<() => void> = [];

  constructor(readonly guard: drm.UnbindGuard<GpuDrm>) {}

  onEnded(subscriber: () => void): void {
    this.#ended.push(subscriber);
  }

  [Symbol.dispose](): void {
    try {
      for (const subscriber of this.#ended.splice(0)) subscriber();
    } finally {
      this.guard.release();
    }
  }
}
