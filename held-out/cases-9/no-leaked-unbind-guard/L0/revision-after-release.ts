// Diagnostics release the guard, then read the parent's revision for the log line [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function diagLine(dev: drm.Device<GpuDrm>): string {
  const guard = dev.unbindGuard();
  if (!guard) return 'gone';
  const vendor = guard.parent.vendorId;
  guard.release();
  const rev = guard.parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  return `${vendor.toString(16)} rev ${rev}`;
}
