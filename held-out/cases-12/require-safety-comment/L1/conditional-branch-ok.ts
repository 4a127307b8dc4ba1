// A dual-port PCI SAS controller picks the port to log through; the whole statement is justified once. [class 6]
import type { pci } from '@bindsafe/kernel';

export class SasData implements Disposable {
  constructor(
    readonly portA: pci.Device,
    readonly portB: pci.Device,
    readonly preferB: boolean,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: both ports are functions of the device this data belongs to; both stay bound while
    // it is dropped.
    const target = !this.preferB
      ? this.portA.asRef().unsafeAsBound()
      : this.portB.asRef().unsafeAsBound();
    target.info('controller shutting down');
  }
}
