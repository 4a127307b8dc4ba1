// A platform doorbell block frees its IRQ in the driver data's own destructor; unbind only masks the hardware and reads a getter. [class 1]
import type { devres, platform } from '@bindsafe/kernel';

class Doorbell implements Disposable {
  readonly #irq: platform.IrqRegistration;
  readonly #io: devres.Devres<platform.IoMem>;
  #rings = 0;
  constructor(irq: platform.IrqRegistration, io: devres.Devres<platform.IoMem>) {
    this.#irq = irq;
    this.#io = io;
  }
  get io(): devres.Devres<platform.IoMem> {
    return this.#io;
  }
  get rings(): number {
    return this.#rings;
  }
  ring(): void {
    this.#rings++;
  }
  [Symbol.dispose](): void {
    this.#irq[Symbol.dispose]();
  }
}

export const doorbellDriver: platform.Driver<Doorbell> = {
  name: 'acc-doorbell-ok',
  idTable: [{ compatible: 'acme,doorbell-v2' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    let self: Doorbell | undefined;
    const irq = pdev.requestIrq(0, 'acc-doorbell-ok', () => self?.ring());
    self = new Doorbell(irq, io);
    return self;
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x0);
    pdev.asRef().info(`acc-doorbell-ok: ${data.rings} rings before unbind`);
  },
};
