// A PCI NVMe-like controller fills a partial data object with Object.assign; the device goes into a field declared Device<Bound>.
import type { device, pci } from '@bindsafe/kernel';

interface CtrlData {
  queues: number;
  dev?: pci.Device<device.Bound>;
  bar?: pci.Bar;
}

export const driver: pci.Driver<CtrlData> = {
  name: 'held8-nvme-assign',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    const partial: CtrlData = { queues: 0 };
    const bar = pdev.iomapRegion(0, 'nvme').access(pdev.asRef());
    return Object.assign(partial, { dev: pdev, bar, queues: bar.read32(0) & 0xff });
  },
};
