// The IRQ handler captures probe's Device<Core> (it runs long after probe returned).
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly irq: pci.IrqRegistration;
  readonly regs: devres.Devres<pci.Bar>;
}

export const driver: pci.Driver<Data> = {
  name: 'held-l2-irq-core',
  idTable: [{ vendor: 0x1b36, device: 0x0037 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-irq-core');
    const irq = pdev.requestIrq(0, 'held-l2-irq-core', () => pdev.setMaster()); // expect: bindsafe/no-stored-bound-device
    return { irq, regs };
  },
};
