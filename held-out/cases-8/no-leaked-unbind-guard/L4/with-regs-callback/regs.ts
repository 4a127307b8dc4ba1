// Helper module: runs a callback with the registration-data BAR inside its own using section.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function withRegs<R>(dev: drm.Device<GpuDrm>, fallback: R, f: (bar: pci.Bar) => R): R {
  using guard = dev.unbindGuard();
  if (guard === undefined) return fallback;
  return guard.registrationDataWith((_parent, data) => f(data.bar));
}
