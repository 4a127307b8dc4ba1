// A PCI accelerator's queue class calls the namespace-imported unchecked doorbell from a method, unjustified. [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import * as hal from './hal/index.js';

export abstract class QueueBase {
  constructor(protected readonly pdev: pci.Device, protected readonly regs: devres.Devres<pci.Bar>) {}
  abstract kick(): void;
}

export class ComputeQueue extends QueueBase {
  static readonly index = 2;
  kick(): void {
    hal.ringDoorbellUnchecked(this.pdev.asRef(), this.regs, ComputeQueue.index); // expect: bindsafe/require-safety-comment
  }
}
