// A PCI PTP clock stops the hardware in unbind through a helper module that writes its BAR. [class 3]
import type { device, devres, pci } from '@bindsafe/kernel';
import { stopClock } from './hw/regs.js';

interface PtpData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly phc: number;
}

export const ptpDriver: pci.Driver<PtpData> = {
  name: 'h11-ptp',
  idTable: [{ vendor: 0x8086, device: 0x15f2 }],

  probe(pdev: pci.Device<device.Core>): PtpData {
    pdev.enableDeviceMem();
    return { bar: pdev.iomapRegion(0, 'h11-ptp'), phc: 0 };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<PtpData>): void {
    if (!stopClock(data.bar, pdev.asRef())) pdev.asRef().info(`ptp${data.phc}: BAR already revoked`);
  },
};
