// A PCI accelerator's queue class calls the namespace-imported unchecked doorbell from an overriding method, justified. [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import * as hal from './hal/index.js';

export abstract class QueueBase {
  #kicks = 0;
  constructor(protected readonly pdev: pci.Device, protected readonly regs: devres.Devres<pci.Bar>) {}
  kick(): number {
    return ++this.#kicks;
  }
}

export class ComputeQueue extends QueueBase {
  static readonly index = 2;
  override kick(): number {
    // SAFETY: queues are owned by the driver data and only kicked by its submit path, which ends
    // before the data is dropped at unbind.
    hal.ringDoorbellUnchecked(this.pdev.asRef(), this.regs, ComputeQueue.index);
    return super.kick();
  }
}
