// A PCI NIC's driver data exposes a getter for its bound name; the getter body asks for the bound view bare. [class 3]
import type { pci } from '@bindsafe/kernel';

export class NicStats implements Disposable {
  #rx = 0n;
  #tx = 0n;

  constructor(readonly pdev: pci.Device) {}

  get boundName(): string {
    return this.pdev.asRef().unsafeAsBound().name; // expect: bindsafe/require-safety-comment
  }

  count = (rx: number, tx: number): void => void ((this.#rx += BigInt(rx)), (this.#tx += BigInt(tx)));

  [Symbol.dispose](): void {
    this.pdev.asRef().toNormal().info(`${this.boundName}: rx=${this.#rx} tx=${this.#tx}`);
  }
}
