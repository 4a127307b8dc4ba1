// A Map built inside the section holds the parent and the Bar; only its size leaves [class 4].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function resourceCount(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((parent, data) => {
    const seen = new Map<string, object>();
    seen.set('parent', parent);
    seen.set('bar', data.bar);
    if (data.bar.size > 0) seen.set('pdev', data.pdev);
    return seen.size;
  });
}
