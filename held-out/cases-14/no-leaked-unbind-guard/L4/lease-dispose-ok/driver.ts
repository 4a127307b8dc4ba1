// A revision query takes a section lease from another module; disposing the lease releases the guard. [class 1]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { SectionLease } from './lease.js';

let leasesEnded = 0;

export function queryRevision(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using lease = new SectionLease(guard);
  lease.onEnded(() => leasesEnded++);
  return lease.guard.parent.revision;
}

export function endedCount(): number {
  return leasesEnded;
}
