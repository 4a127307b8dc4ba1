// A PCI audio codec mutes itself on teardown; the justification sits above the safe link of a chain. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

export class CodecData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly mmio: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const bound = this.pdev
      // SAFETY: the device is bound while its driver data is dropped. // expect: bindsafe/require-safety-comment
      .asRef()
      .unsafeAsBound(); // expect: bindsafe/require-safety-comment
    this.mmio.access(bound).write16(0, 0x10);
  }
}
