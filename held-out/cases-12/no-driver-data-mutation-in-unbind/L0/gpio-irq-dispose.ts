// A platform GPIO expander frees its interrupt by hand in unbind instead of leaving it to the data's drop. [class 1]
import { type devres, platform } from '@bindsafe/kernel';

const GPIO_IRQ_EN = 0x10;

interface GpioData {
  readonly irq: platform.IrqRegistration;
  readonly io: devres.Devres<platform.IoMem>;
  readonly edges: Uint32Array;
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
    return { irq, io, edges };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, GPIO_IRQ_EN);
    if (!data.irq.freed) {
      data.irq[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
