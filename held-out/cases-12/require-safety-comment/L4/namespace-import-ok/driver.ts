// A PCI sensor hub disables its sensors through a namespace import of an @unsafe poke, justified. [class 6]
import type { devres, pci } from '@bindsafe/kernel';
import * as mmio from './mmio.js';

export class HubData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the destructor runs during unbind, before the hub is unbound.
    mmio.poke(this.pdev.asRef(), this.regs, mmio.SENSOR_ENABLE, 0);
  }
}
