// A getter that justifies its unsafe call with a /* SAFETY: */ block comment directly above.
import type { pci } from '@bindsafe/kernel';

export class PortStatus {
  readonly #pdev: pci.Device;
  constructor(pdev: pci.Device) {
    this.#pdev = pdev;
  }

  get label(): string {
    /* SAFETY: PortStatus lives in the driver data and is read only by the driver's callbacks,
       which run while the device is bound. */
    const bound = this.#pdev.asRef().unsafeAsBound();
    return `port ${bound.name}`;
  }
}
