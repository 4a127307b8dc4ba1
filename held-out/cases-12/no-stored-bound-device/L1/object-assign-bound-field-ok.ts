// An NVMe-like driver fills its data with Object.assign; the device field is declared Device<Bound> [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface NvmeData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly dev: pci.Device<device.Bound>;
  readonly queues: number;
}

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'nvme-lite-ok',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const partial = { regs: pdev.iomapRegion(0, 'nvme'), queues: 4 };
    const data = Object.assign(partial, { dev: pdev });
    return data;
  },
};
