// A PCI multi-vector device frees both IRQ registrations its data owns in unbind through a rest-parameter helper of another module. [class 1]
import type { pci } from '@bindsafe/kernel';
import { releaseAll } from './teardown.js';

class VectorData {
  readonly #events = { tx: 0, rx: 0 };
  constructor(readonly txIrq: pci.IrqRegistration, readonly rxIrq: pci.IrqRegistration) {}
  get events(): Readonly<{ tx: number; rx: number }> {
    return this.#events;
  }
}

export const vectorDriver: pci.Driver<VectorData> = {
  name: 'acc-msix',
  idTable: [{ vendor: 0x15b3, device: 0x101b }],
  probe(pdev) {
    const tx = pdev.requestIrq(0, 'acc-msix/tx', () => undefined);
    const rx = pdev.requestIrq(1, 'acc-msix/rx', () => undefined);
    return new VectorData(tx, rx);
  },
  unbind(pdev, data) {
    const freed = releaseAll(data.txIrq, data.rxIrq); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`acc-msix: freed ${freed} vectors`);
  },
};
