// A PCI serial card acknowledges its interrupt in the IRQ handler; the comment above the requestIrq statement covers the callback. [class 7]
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
    // SAFETY: the IRQ registration is owned by the driver data and freed when it is dropped,
    // before the device is unbound, so the handler only runs while the device is bound.
    const irq = pdev.requestIrq(0, 'pci-serial', () => {
      const bar = regs.access(handle.asRef().unsafeAsBound());
      bar.write8(0xff, 0x02);
    });
    return { pdev: handle, regs, irq };
  },
};
