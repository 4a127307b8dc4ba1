// A sysfs attribute wraps its guard in a Lease from another module whose dispose forgets the guard. [class 1]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Lease } from './sync/lease.js';

export function vendorAttr(dev: GpuDevice): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (guard === undefined) return 0;
  using lease = new Lease(guard, 'sysfs');
  return lease.vendor;
}
