// A watchdog started inside the section polls the parent from a setInterval callback [class 7].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Watchdog {
  #timer: ReturnType<typeof setInterval> | undefined;
  misses = 0;

  start(dev: drm.Device<GpuDrm>, periodMs = 500): void {
    dev.withUnbindGuard((parent) => {
      this.#timer = setInterval(() => { // expect: bindsafe/no-leaked-unbind-guard
        if (!parent.busMaster) this.misses++;
      }, periodMs);
    });
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
