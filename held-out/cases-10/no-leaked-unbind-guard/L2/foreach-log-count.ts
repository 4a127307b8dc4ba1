// A forEach callback counts error lines of the registration data during the call.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function errorCount(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    let n = 0;
    data.log.forEach((line) => {
      if (line.startsWith('E')) n++;
    });
    return n;
  });
}
