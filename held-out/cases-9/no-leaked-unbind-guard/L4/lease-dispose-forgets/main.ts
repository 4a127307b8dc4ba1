// The guard is handed to a `using` lease whose dispose method never releases it [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { Lease } from './lease.js';

export function leasedVendor(dev: drm.Device<GpuDrm>): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return 0;
  using lease = new Lease(guard);
  return lease.vendor;
}
