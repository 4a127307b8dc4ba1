// A counter reset is scheduled with process.nextTick, capturing the registration data.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function resetCountersSoon(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    process.nextTick(() => { // expect: bindsafe/no-leaked-unbind-guard
      for (const k of Object.keys(data.counters)) data.counters[k] = 0;
    });
  });
}
