// A platform doorbell block exposes its IRQ registration through a getter; unbind frees the IRQ by hand with a computed Symbol.dispose call. [class 1]
import type { devres, platform } from '@bindsafe/kernel';

class Doorbell {
  readonly #io: devres.Devres<platform.IoMem>;
  readonly #irq: platform.IrqRegistration;
  #rings = 0;
  constructor(io: devres.Devres<platform.IoMem>, irq: platform.IrqRegistration) {
    this.#io = io;
    this.#irq = irq;
  }
  get io(): devres.Devres<platform.IoMem> {
    return this.#io;
  }
  get irq(): platform.IrqRegistration {
    return this.#irq;
  }
  get rings(): number {
    return this.#rings;
  }
  ring(): void {
    this.#rings++;
  }
}

export const doorbellDriver: platform.Driver<Doorbell> = {
  name: 'acc-doorbell',
  idTable: [{ compatible: 'acme,doorbell' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    let self: Doorbell | undefined;
    const irq = pdev.requestIrq(0, 'acc-doorbell', () => self?.ring());
    self = new Doorbell(io, irq);
    return self;
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x0);
    data.irq[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
