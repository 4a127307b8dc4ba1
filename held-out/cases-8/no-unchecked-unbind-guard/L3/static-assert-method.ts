// A class's static assertion method narrows the guard before the caller reads it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Guards {
  static assertHeld(guard: drm.UnbindGuard<GpuDrm> | undefined): asserts guard is drm.UnbindGuard<GpuDrm> {
    if (guard === undefined) throw new RangeError('device unplugged');
  }
}

export function powerLimit(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  Guards.assertHeld(guard);
  return guard.registrationDataWith((_p, data) => data.counters['powerLimit'] ?? 150);
}
