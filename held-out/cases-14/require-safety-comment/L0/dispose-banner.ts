// A PCI sensor card's driver data prints a removal banner from its destructor, asking for the bound view inline. [class 1]
import type { pci } from '@bindsafe/kernel';

export class SensorData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly slots = 4) {}

  [Symbol.dispose](): void {
    this.pdev.asRef().unsafeAsBound().info(`sensor ${this.pdev.name}: ${this.slots > 1 ? `${this.slots} slots` : 'one slot'} offline`); // expect: bindsafe/require-safety-comment
  }
}
