// The parent is aliased before the release and destructured after it [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function describeAfterRelease(dev: drm.Device<GpuDrm>): string {
  const guard = dev.unbindGuard();
  if (!guard) return 'unplugged';
  const parent = guard.parent;
  guard.release();
  const { vendorId, deviceId } = parent; // expect: bindsafe/no-leaked-unbind-guard
  return `${vendorId}:${deviceId}`;
}
