// return and throw inside try both run finally first, which releases the guard. [class 1]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function vendorChecked(dev: GpuDevice, expected: number): number {
  const guard = dev.unbindGuard();
  if (!guard) throw new errors.KernelError('ENODEV', 'unplugged');
  try {
    const vendor = guard.parent.vendorId;
    if (vendor !== expected) throw new errors.KernelError('EINVAL', `unexpected vendor ${vendor}`);
    if (guard.parent.revision === 0) return 0;
    return vendor;
  } finally {
    guard.release();
  }
}
