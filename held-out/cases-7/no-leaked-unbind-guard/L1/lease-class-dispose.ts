// [class 1] A lease class keeps the guard in a parameter property and releases it in [Symbol.dispose]; declared with using.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class SectionLease implements Disposable {
  constructor(private readonly guard: drm.UnbindGuard<GpuDrm>) {}

  get revision(): number {
    return this.guard.parent.revision;
  }

  [Symbol.dispose](): void {
    this.guard.release();
  }
}

export function leasedRevision(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using lease = new SectionLease(guard);
  return lease.revision;
}
