// A user wrapper around a guard is parked in a module-level Set of "open transactions". [class 4]
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

const open = new Set<Transaction>();
let nextId = 1;

export function begin(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const tx = new Transaction(guard, nextId++);
  open.add(tx); // expect: bindsafe/no-leaked-unbind-guard
  return tx.id;
}
