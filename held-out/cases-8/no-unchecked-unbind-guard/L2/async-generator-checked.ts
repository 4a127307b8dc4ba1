// [class 5] An async generator's inner arrow samples a counter, checking the guard each time.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function* samples(dev: GpuDevice, count: number): AsyncGenerator<number> {
  const sample = (): number | undefined => {
    using guard = dev.unbindGuard();
    if (!guard) return undefined;
    return guard.registrationDataWith((_p, data) => data.counters['busy'] ?? 0);
  };
  for (let i = 0; i < count; i++) {
    const value = sample();
    if (value === undefined) return;
    yield value;
    await pause(10);
  }
}
