// [class 1] A diagnostics dump releases the guard and then reads the parent's revision for a log line.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function dumpIdentity(dev: GpuDevice): string {
  const guard = dev.unbindGuard();
  if (!guard) return 'unplugged';
  const vendor = guard.parent.vendorId.toString(16);
  guard.release();
  const rev = guard.parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  return `${vendor} rev ${rev}`;
}
