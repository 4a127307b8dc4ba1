// A PCI DMA engine declares its driver-data device field as Device<Core> to call setMaster() later [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

interface DmaData {
  readonly pdev: pci.Device<device.Core>;
  readonly regs: devres.Devres<pci.Bar>;
}

export const dmaDriver: pci.Driver<DmaData> = {
  name: 'dma-lite',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'dma-lite');
    return { pdev, regs }; // expect: bindsafe/no-stored-bound-device
  },
};
