// A counter observer is notified in a microtask with the registration data's counters object. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import defer from './defer.js';

export const counterObservers = new Set<(total: number) => void>();

export function notifyCounters(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    defer(data.counters, (counters) => { // expect: bindsafe/no-leaked-unbind-guard
      const total = Object.values(counters).reduce((a, b) => a + b, 0);
      counterObservers.forEach((observer) => observer(total));
    });
  });
}
