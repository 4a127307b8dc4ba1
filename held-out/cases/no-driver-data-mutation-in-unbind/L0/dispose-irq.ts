// unbind disposes the IRQ registration the data owns (the drop glue does that afterwards).
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly irq: pci.IrqRegistration;
  readonly regs: devres.Devres<pci.Bar>;
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-dispose',
  idTable: [{ vendor: 0x8086, device: 0x4002 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nddm-dispose');
    const irq = pdev.requestIrq(0, 'held-nddm-dispose', () => undefined);
    return { irq, regs };
  },
  unbind(_pdev, data) {
    data.irq[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
