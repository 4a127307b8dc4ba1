// [class 5] A poller class samples on an interval; each tick checks the guard and stops when unplugged.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export class ParentPoller implements Disposable {
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly seen = new Set<number>();

  constructor(private readonly dev: AuxDevice, periodMs = 500) {
    this.#timer = setInterval(() => {
      using guard = this.dev.unbindGuard();
      if (guard === undefined) {
        this[Symbol.dispose]();
        return;
      }
      this.seen.add(guard.parent.id);
    }, periodMs);
  }

  [Symbol.dispose](): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
