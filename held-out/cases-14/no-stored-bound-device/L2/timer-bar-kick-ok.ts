// A PCI NVMe-like controller arms a one-shot admin timeout that writes through the revocable BAR container. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

const NVME_CC = 0x14;
const ADMIN_TMO_MS = 500;

interface NvmeData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const nvme_driver: pci.Driver<NvmeData> = {
  name: 'nvme_pci',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'nvme');
    regs.access(pdev.asRef()).write32(1, NVME_CC);
    setTimeout(() => regs.tryAccessWith((bar) => bar.write32(0, NVME_CC)), ADMIN_TMO_MS);
    return { regs };
  },
};
