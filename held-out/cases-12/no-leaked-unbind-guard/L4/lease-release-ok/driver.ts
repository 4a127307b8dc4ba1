// The sysfs attribute gives a releasing Lease from another module to a DisposableStack declared with using. [class 1]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Lease } from './sync/lease.js';

export function vendorAttr(dev: GpuDevice, owners: readonly string[]): number {
  using stack = new DisposableStack();
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  const lease = stack.use(new Lease(guard, owners[0] ?? 'sysfs'));
  if (owners.length > 4) return -7;
  return lease.vendor;
}
