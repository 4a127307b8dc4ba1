// A PCI DMA engine keeps probe's device in a driver-data field declared Device<Bound> [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

interface DmaData {
  readonly pdev: pci.Device<device.Bound>;
  readonly regs: devres.Devres<pci.Bar>;
}

export const dmaDriver: pci.Driver<DmaData> = {
  name: 'dma-lite-ok',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'dma-lite');
    return { pdev, regs };
  },
  unbind(pdev, data) {
    data.regs.access(data.pdev.asRef()).write32(0, 0x0);
    pdev.asRef().info('dma quiesced');
  },
};
