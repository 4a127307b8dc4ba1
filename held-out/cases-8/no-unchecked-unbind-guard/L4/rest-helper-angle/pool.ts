// Device pool helpers.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function firstSection(...devs: GpuDevice[]): drm.UnbindGuard<GpuDrm> | undefined {
  for (const dev of devs) {
    const guard = dev.unbindGuard();
    if (guard) return guard;
  }
  return undefined;
}
