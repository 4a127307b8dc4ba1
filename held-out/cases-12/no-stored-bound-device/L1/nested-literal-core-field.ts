// An NVMe-like driver nests its hardware view in the data, declaring the inner device field as Core [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface NvmeData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly hw: { readonly core: pci.Device<device.Core>; readonly rev: number };
}

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'nvme-lite',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'nvme');
    const rev = pdev.revision;
    return { regs, hw: { core: pdev, rev } }; // expect: bindsafe/no-stored-bound-device
  },
};
