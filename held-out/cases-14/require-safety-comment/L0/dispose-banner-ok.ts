// A PCI sensor card's driver data prints a removal banner from its destructor, justified over two comment lines. [class 1]
import type { pci } from '@bindsafe/kernel';

export class SensorData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly slots = 4) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound, so the
    // device is still bound while this destructor runs.
    this.pdev.asRef().unsafeAsBound().info(`sensor ${this.pdev.name}: ${this.slots > 1 ? `${this.slots} slots` : 'one slot'} offline`);
  }
}
