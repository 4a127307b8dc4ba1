// [class 2] The counter values (numbers) are spread into a module-level history array.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const history: number[] = [];

export function sampleCounters(dev: GpuDevice): number {
  const pushed = dev.withUnbindGuard(() => {
    using guard = dev.unbindGuard();
    if (!guard) return 0;
    return guard.registrationDataWith((_parent, data) => history.push(...Object.values(data.counters)));
  });
  return pushed ?? 0;
}
