// A PCI serial card acknowledges its interrupt in the IRQ handler through a bound view taken without justification. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export interface SerialData {
  readonly pdev: pci.Device;
  readonly regs: devres.Devres<pci.Bar>;
  readonly irq: pci.IrqRegistration;
}

export const serialDriver: pci.Driver<SerialData> = {
  name: 'pci-serial',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'pci-serial');
    const handle = pdev.toNormal();
    const irq = pdev.requestIrq(0, 'pci-serial', () => {
      const bar = regs.access(handle.asRef().unsafeAsBound()); // expect: bindsafe/require-safety-comment
      bar.write8(0xff, 0x02);
    });
    return { pdev: handle, regs, irq };
  },
};
