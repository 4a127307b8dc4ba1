import type { drm } from '@bindsafe/kernel';

/** Tags a critical section with a label for tracing; disposing it only logs. */
export class Section<D extends drm.AnyDriver> implements Disposable {
  constructor(
    readonly guard: drm.UnbindGuard<D>,
    private readonly label: string,
  ) {}

  [Symbol.dispose](): void {
    console.debug(`section ${this.label} closed`);
  }
}
