// A counter observer is notified in a microtask with a copy of the registration data's counters. [class 4]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import defer from './defer.js';

export const counterObservers = new Set<(total: number) => void>();

export function notifyCounters(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    defer({ ...data.counters }, (counters) => {
      const total = Object.values(counters).reduce((a, b) => a + b, 0);
      counterObservers.forEach((observer) => observer(total));
    });
  });
}
