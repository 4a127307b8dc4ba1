// A PCI NVMe-like controller arms a one-shot admin timeout that writes the BAR after probe returned. [class 5]
import type { pci } from '@bindsafe/kernel';

const NVME_CC = 0x14;
const ADMIN_TMO_MS = 500;

interface NvmeData {
  readonly bar: pci.Bar;
}

export const nvme_driver: pci.Driver<NvmeData> = {
  name: 'nvme_pci',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const bar = pdev.iomapRegion(0, 'nvme').access(pdev.asRef());
    bar.write32(1, NVME_CC);
    setTimeout(() => bar.write32(0, NVME_CC), ADMIN_TMO_MS); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
