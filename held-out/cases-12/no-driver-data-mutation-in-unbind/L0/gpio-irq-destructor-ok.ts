// A platform GPIO expander masks its lines in unbind and frees the interrupt in the data's own destructor. [class 1]
import type { devres, platform } from '@bindsafe/kernel';

const GPIO_IRQ_EN = 0x10;

class GpioData implements Disposable {
  readonly #irq: platform.IrqRegistration;
  disposed = false;

  constructor(
    readonly io: devres.Devres<platform.IoMem>,
    irq: platform.IrqRegistration,
    readonly edges: Uint32Array,
  ) {
    this.#irq = irq;
  }

  get irqFreed(): boolean {
    return this.#irq.freed;
  }

  [Symbol.dispose](): void {
    this.#irq[Symbol.dispose]();
    this.edges.fill(0);
    this.disposed = true;
  }
}

export const gpioDriver: platform.Driver<GpioData> = {
  name: 'gpio-expander',
  idTable: [{ compatible: 'acme,gpio-x16' }, { compatible: 'acme,gpio-x32' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const edges = new Uint32Array(32);
    const irq = pdev.requestIrq(0, 'gpio-expander', () => {
      edges[0] = (edges[0] ?? 0) + 1;
    });
    io.access(pdev.asRef()).write32(0xffff, GPIO_IRQ_EN);
    return new GpioData(io, irq, edges);
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, GPIO_IRQ_EN);
    if (!data.irqFreed) pdev.asRef().info(`gpio-expander: ${data.edges[0] ?? 0} edges seen`);
  },
};
