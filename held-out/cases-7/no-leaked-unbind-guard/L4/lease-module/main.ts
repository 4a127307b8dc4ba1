// [class 1] A guard is handed to an imported lease class declared with using; the lease's dispose releases it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { GuardLease } from './lease.js';

export function vramMiB(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  using lease = new GuardLease(guard);
  return Math.floor(lease.vram() / (1024 * 1024));
}
