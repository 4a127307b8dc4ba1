// A PCI NIC logs its link state through a fluent chain; the SAFETY comment landed above the safe link before the unsafe one.
import type { pci } from '@bindsafe/kernel';

export class NicData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly ports: readonly string[]) {}

  [Symbol.dispose](): void {
    this.pdev
      // SAFETY: dropped during unbind, before the device is unbound: still bound. // expect: bindsafe/require-safety-comment
      .asRef()
      .unsafeAsBound() // expect: bindsafe/require-safety-comment
      .info(this.ports.map((p, i) => `${i}:${p}`).join(', ') || 'no ports');
  }
}
