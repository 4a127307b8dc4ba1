// A PCI NIC logs its link state through a fluent chain; the SAFETY comment stands directly above the unsafe link.
import type { pci } from '@bindsafe/kernel';

export class NicData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly ports: readonly string[]) {}

  [Symbol.dispose](): void {
    this.pdev
      .asRef()
      // SAFETY: dropped during unbind, before the device is unbound: still bound.
      .unsafeAsBound()
      .info(this.ports.map((p, i) => `${i}:${p}`).join(', ') || 'no ports');
  }
}
