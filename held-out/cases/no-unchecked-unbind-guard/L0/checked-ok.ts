// The usual checks: if (!guard), === undefined, ?? and optional chaining on a held guard.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function revision(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  return guard.parent.revision;
}

export function vendor(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) {
    return 0;
  }
  return guard.parent.vendorId;
}

export function name(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  return guard?.parent.name ?? 'unplugged';
}
