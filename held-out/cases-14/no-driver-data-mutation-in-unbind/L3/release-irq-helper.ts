// A PCI sensor card passes the IRQ registration its data owns to a generic same-file release helper from unbind. [class 1]
import type { pci } from '@bindsafe/kernel';

function release<T extends Disposable>(resource: T): T {
  resource[Symbol.dispose]();
  return resource;
}

class SensorCard {
  readonly #irq: pci.IrqRegistration;
  constructor(irq: pci.IrqRegistration) {
    this.#irq = irq;
  }
  get irq(): pci.IrqRegistration {
    return this.#irq;
  }
  get freed(): boolean {
    return this.#irq.freed;
  }
}

export const sensorDriver: pci.Driver<SensorCard> = {
  name: 'acc-sensor',
  idTable: [{ vendor: 0x1234, device: 0x0a01 }],
  probe(pdev) {
    const irq = pdev.requestIrq(0, 'acc-sensor', () => undefined);
    return new SensorCard(irq);
  },
  unbind(pdev, data) {
    if (!data.freed) release(data.irq); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
