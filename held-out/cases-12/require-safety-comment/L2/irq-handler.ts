// A PCI NIC's IRQ handler acknowledges the interrupt through a bound view without justifying it. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export class NicData implements Disposable {
  irqs = 0;
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly irq: pci.IrqRegistration,
  ) {}

  [Symbol.dispose](): void {
    this.irq[Symbol.dispose]();
  }
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'held-irqnic',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-irqnic');
    const handle = pdev.toNormal();
    const irq = pdev.requestIrq(0, 'held-irqnic', () => {
      const bar = regs.access(handle.asRef().unsafeAsBound()); // expect: bindsafe/require-safety-comment
      bar.write32(bar.read32(0x3e), 0x3e);
    });
    return new NicData(regs, irq);
  },
};
