// A PCI audio codec mutes itself on teardown; the justification sits above the unsafe link. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

export class CodecData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly mmio: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const bound = this.pdev
      .asRef()
      // SAFETY: the device is bound while its driver data is dropped.
      .unsafeAsBound();
    this.mmio.access(bound).write16(0, 0x10);
  }
}
