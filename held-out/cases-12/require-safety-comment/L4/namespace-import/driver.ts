// A PCI sensor hub disables its sensors through a namespace import of an @unsafe poke, unjustified. [class 6]
import type { devres, pci } from '@bindsafe/kernel';
import * as mmio from './mmio.js';

export class HubData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    mmio.poke(this.pdev.asRef(), this.regs, mmio.SENSOR_ENABLE, 0); // expect: bindsafe/require-safety-comment
  }
}
