// The guard is released only when the work throws; the normal path keeps it. [class 1]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function pokeDoorbell(dev: GpuDevice, value: number): boolean {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return false;
  try {
    guard.registrationDataWith((_parent, data) => data.bar.write32(value, 0x40));
  } catch {
    guard.release();
    return false;
  }
  return true;
}
