// The IRQ handler reads the Bar; the registration is owned by the driver data. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly irq: pci.IrqRegistration;
  readonly events: number[];
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nsbd-irq',
  idTable: [{ vendor: 0x1af4, device: 0x1123 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-irq');
    const bar = regs.access(pdev.asRef());
    const events: number[] = [];
    const irq = pdev.requestIrq(0, 'held2-nsbd-irq', () => {
      events.push(bar.read32(0x20));
      bar.write32(1, 0x24);
    });
    return { regs, irq, events };
  },
};
