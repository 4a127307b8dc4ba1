// A PCI watchdog keeps its probe device in the driver data under a field typed with the Bound context. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

interface WdtData {
  readonly pdev: pci.Device<device.Bound>;
  readonly regs: devres.Devres<pci.Bar>;
}

export const wdt_driver: pci.Driver<WdtData> = {
  name: 'wdt_pci',
  idTable: [{ vendor: 0x10b5, device: 0x9050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'wdt');
    return { pdev, regs };
  },
  unbind(pdev, data) {
    data.regs.access(data.pdev.asRef()).write32(0, 0x8);
  },
};
