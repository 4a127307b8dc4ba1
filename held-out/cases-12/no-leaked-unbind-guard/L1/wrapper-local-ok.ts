// The guard wrapper lives only inside the function; only its id and vendor leave. [class 4]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Transaction {
  constructor(
    readonly guard: drm.UnbindGuard<GpuDrm>,
    readonly id: number,
  ) {}
  get vendor(): number {
    return this.guard.parent.vendorId;
  }
}

const finished = new Set<number>();
let nextId = 1;

export function run(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const tx = new Transaction(guard, nextId++);
  finished.add(tx.vendor);
  return tx.id;
}
