// A dual-port PCI SAS controller picks the port to log through; only the first branch is justified. [class 6]
import type { pci } from '@bindsafe/kernel';

export class SasData implements Disposable {
  constructor(
    readonly portA: pci.Device,
    readonly portB: pci.Device,
    readonly preferB: boolean,
  ) {}

  [Symbol.dispose](): void {
    const target = !this.preferB
      // SAFETY: port A is the device this data belongs to, bound while it is dropped.
      ? this.portA.asRef().unsafeAsBound()
      : this.portB.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    target.info('controller shutting down');
  }
}
