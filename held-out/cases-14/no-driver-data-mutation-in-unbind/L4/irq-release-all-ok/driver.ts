// A PCI multi-vector device frees its IRQ registrations in the driver data's own destructor through a rest-parameter helper of another module; unbind only reads. [class 1]
import type { pci } from '@bindsafe/kernel';
import { releaseAll } from './teardown.js';

class VectorData implements Disposable {
  readonly #tx: pci.IrqRegistration;
  readonly #rx: pci.IrqRegistration;
  constructor(tx: pci.IrqRegistration, rx: pci.IrqRegistration) {
    this.#tx = tx;
    this.#rx = rx;
  }
  get anyFreed(): boolean {
    return this.#tx.freed || this.#rx.freed;
  }
  [Symbol.dispose](): void {
    releaseAll(this.#tx, this.#rx);
  }
}

export const vectorDriver: pci.Driver<VectorData> = {
  name: 'acc-msix-ok',
  idTable: [{ vendor: 0x15b3, device: 0x101c }],
  probe(pdev) {
    const tx = pdev.requestIrq(0, 'acc-msix-ok/tx', () => undefined);
    const rx = pdev.requestIrq(1, 'acc-msix-ok/rx', () => undefined);
    return new VectorData(tx, rx);
  },
  unbind(pdev, data) {
    pdev.asRef().info(`acc-msix-ok: vectors ${data.anyFreed ? 'partly freed' : 'live until the destructor'}`);
  },
};
