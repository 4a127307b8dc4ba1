// The guard is kept by a lease from another module that releases it in its dispose method [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { GuardLease } from './lease.js';

export function busMasterEnabled(dev: drm.Device<GpuDrm>): boolean {
  const guard = dev.unbindGuard();
  if (!guard) return false;
  using lease = new GuardLease(guard);
  return lease.busMaster;
}
