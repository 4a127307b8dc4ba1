// A NIC's IRQ handler re-enables bus mastering through probe's Device<Core> on every interrupt [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly irq: pci.IrqRegistration;
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'rtl-lite',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'rtl');
    const irq = pdev.requestIrq(0, 'rtl-lite', () => pdev.setMaster()); // expect: bindsafe/no-stored-bound-device
    return { regs, irq };
  },
};
