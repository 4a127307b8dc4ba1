// A PCI sensor card has a same-file release helper that probe uses on an IRQ it does not keep; unbind only checks the kept one. [class 1]
import type { pci } from '@bindsafe/kernel';

function release<T extends Disposable>(resource: T): T {
  resource[Symbol.dispose]();
  return resource;
}

class SensorCard implements Disposable {
  readonly #irq: pci.IrqRegistration;
  constructor(irq: pci.IrqRegistration) {
    this.#irq = irq;
  }
  get freed(): boolean {
    return this.#irq.freed;
  }
  [Symbol.dispose](): void {
    release(this.#irq);
  }
}

export const sensorDriver: pci.Driver<SensorCard> = {
  name: 'acc-sensor-ok',
  idTable: [{ vendor: 0x1234, device: 0x0a02 }],
  probe(pdev) {
    release(pdev.requestIrq(1, 'acc-sensor-ok/selftest', () => undefined));
    return new SensorCard(pdev.requestIrq(0, 'acc-sensor-ok', () => undefined));
  },
  unbind(pdev, data) {
    pdev.asRef().info(`acc-sensor-ok: irq ${data.freed ? 'already freed' : 'freed by the destructor'}`);
  },
};
