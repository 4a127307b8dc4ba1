// Valid: the VRAM size (a number) is copied out of the registration data into a module variable.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let cachedVram = 0;

export function refreshVram(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return cachedVram;
  cachedVram = guard.registrationDataWith((_parent, data) => data.vramSize);
  return cachedVram;
}
