// A PCI accelerator's resume path rings the doorbell through the safe wrapper, yet justifies it as if it were unsafe.
import type { devres, pci } from '@bindsafe/kernel';
import * as hal from './hal/index.js';

export class AccelQueue {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly index: number) {}

  resume(): boolean {
    // SAFETY: resume runs while the accelerator is bound. // expect: bindsafe/require-safety-comment
    return hal.ringDoorbell(this.regs, this.index);
  }
}
