// A microtask and a reduce callback each check the guard before use. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function countLive(devs: readonly GpuDevice[], done: (n: number) => void): void {
  queueMicrotask(() => {
    const live = devs.reduce((n, d) => {
      using g = d.unbindGuard();
      return g ? n + 1 : n;
    }, 0);
    done(live);
  });
}
