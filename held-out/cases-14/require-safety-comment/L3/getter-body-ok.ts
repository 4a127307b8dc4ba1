// A PCI NIC's driver data exposes a getter for its bound name; the getter body justifies it, the reader needs nothing. [class 3]
import type { pci } from '@bindsafe/kernel';

export class NicStats implements Disposable {
  #rx = 0n;
  #tx = 0n;

  constructor(readonly pdev: pci.Device) {}

  /** Read only from the destructor. */
  get boundName(): string {
    // SAFETY: read only while the driver data is dropped, before the device is unbound.
    return this.pdev.asRef().unsafeAsBound().name;
  }

  count = (rx: number, tx: number): void => void ((this.#rx += BigInt(rx)), (this.#tx += BigInt(tx)));

  [Symbol.dispose](): void {
    this.pdev.asRef().toNormal().info(`${this.boundName}: rx=${this.#rx} tx=${this.#tx}`);
  }
}
