// Helpers that enter one of two devices' critical sections.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export function enterPrimary(dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}
