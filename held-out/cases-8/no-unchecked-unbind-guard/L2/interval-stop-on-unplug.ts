// [class 5] A heartbeat interval stops itself when the guard comes back undefined.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class Heartbeat implements Disposable {
  #timer: ReturnType<typeof setInterval> | undefined;
  #beats = 0;

  constructor(private readonly dev: GpuDevice, periodMs = 500) {
    this.#timer = setInterval(() => {
      using guard = this.dev.unbindGuard();
      if (guard === undefined) {
        this[Symbol.dispose]();
        return;
      }
      this.#beats += guard.parent.memoryEnabled ? 1 : 0;
    }, periodMs);
  }

  get beats(): number {
    return this.#beats;
  }

  [Symbol.dispose](): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
