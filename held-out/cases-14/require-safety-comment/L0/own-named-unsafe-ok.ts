// A PCI crypto card's own `unsafeAsBound` wrapper is untagged and safe (it only checks a flag): calls need no comment. [class 2]
import type { pci } from '@bindsafe/kernel';

export class BoundCheck {
  constructor(readonly pdev: pci.Device, private live = true) {}

  /** Returns the device name if the driver still believes the device is live. */
  unsafeAsBound(): string | undefined {
    return this.live ? this.pdev.name : undefined;
  }

  retire = (): string => (this.live = false, this.unsafeAsBound() ?? `${this.pdev.name} (retired)`);
}
