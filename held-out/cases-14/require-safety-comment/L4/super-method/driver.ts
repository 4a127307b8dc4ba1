// A PCI I2C adapter extends a shared driver-data base class from another module and calls its @unsafe method through `super`, bare. [class 1, class 7]
import type { pci } from '@bindsafe/kernel';
import { BusData } from './base/bus-data.js';

export class I2cData extends BusData {
  #busy = new Set<number>();

  static of = (pdev: pci.Device): I2cData => new I2cData(pdev);

  private constructor(pdev: pci.Device) {
    super(pdev.asRef().toNormal());
  }

  claim = (addr: number): boolean => !this.#busy.has(addr) && !!this.#busy.add(addr);

  [Symbol.dispose](): void {
    super.announce(`i2c adapter down (${this.#busy.size} clients)`); // expect: bindsafe/require-safety-comment
  }
}
