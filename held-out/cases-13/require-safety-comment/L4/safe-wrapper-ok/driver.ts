// A PCI accelerator's resume path rings the doorbell through the safe wrapper of a namespace-imported layer: nothing to justify.
import type { devres, pci } from '@bindsafe/kernel';
import * as hal from './hal/index.js';

export class AccelQueue {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly index: number) {}

  resume(): boolean {
    // the wrapper checks the binding itself through the Devres
    return hal.ringDoorbell(this.regs, this.index);
  }
}
