// Valid: a helper opens its own section with using and returns only the revision number.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function revisionOf(dev: drm.Device<GpuDrm>): number | undefined {
  using guard = dev.unbindGuard();
  return guard?.parent.revision;
}

export function supportsFastClear(devs: Iterable<drm.Device<GpuDrm>>): boolean {
  for (const dev of devs) {
    const rev = revisionOf(dev);
    if (rev === undefined || rev < 3) return false;
  }
  return true;
}
