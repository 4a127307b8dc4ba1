// A revision probe releases the guard, then reads the parent's revision for the log line.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function revisionString(dev: drm.Device<GpuDrm>): string {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 'gone';
  const vendor = guard.parent.vendorId;
  guard.release();
  const rev = guard.parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  return `${vendor.toString(16)}:${rev}`;
}
