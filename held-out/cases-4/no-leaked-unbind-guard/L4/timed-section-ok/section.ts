// The helper module: a Disposable wrapper that times a critical section and releases the guard it wraps when disposed.
import type { drm } from '@bindsafe/kernel';

export const sectionTimes: number[] = [];

export class TimedSection<D extends drm.AnyDriver> implements Disposable {
  readonly #started = performance.now();

  constructor(private readonly guard: drm.UnbindGuard<D>) {}

  get parent(): drm.UnbindGuard<D>['parent'] {
    return this.guard.parent;
  }

  [Symbol.dispose](): void {
    this.guard.release();
    sectionTimes.push(performance.now() - this.#started);
  }
}
