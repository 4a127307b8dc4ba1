// The IRQ handler, owned by the driver data, captures only a device handle and the Devres container.
import type { devres, pci } from '@bindsafe/kernel';

interface IrqData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly irq: pci.IrqRegistration;
}

export const irqDriver: pci.Driver<IrqData> = {
  name: 'held-irq',
  idTable: [{ vendor: 0x8086, device: 0x15b8 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-irq');
    const handle = pdev.toNormal();
    const irq = pdev.requestIrq(0, 'held-irq', () => {
      const status = regs.tryAccessWith((bar) => bar.read32(0x0));
      if (status !== undefined) handle.asRef().info(`irq status ${status}`);
    });
    return { regs, irq };
  },
};
