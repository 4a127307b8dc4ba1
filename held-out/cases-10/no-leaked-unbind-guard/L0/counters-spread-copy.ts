// A stats snapshot returns a spread copy of the numeric counters of the registration data [class 7].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function snapshot(dev: drm.Device<GpuDrm>): Record<string, number> {
  using guard = dev.unbindGuard();
  if (!guard) return {};
  return guard.registrationDataWith((_parent, data) => ({ ...data.counters }));
}
