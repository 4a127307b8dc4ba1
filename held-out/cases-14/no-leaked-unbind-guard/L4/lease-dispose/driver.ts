// A revision query takes a section lease from another module; the lease notifies subscribers but never releases the guard. [class 1]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { SectionLease } from './lease.js';

let leasesEnded = 0;

export function queryRevision(dev: GpuDevice): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -1;
  using lease = new SectionLease(guard);
  lease.onEnded(() => leasesEnded++);
  return lease.guard.parent.revision;
}

export function endedCount(): number {
  return leasesEnded;
}
