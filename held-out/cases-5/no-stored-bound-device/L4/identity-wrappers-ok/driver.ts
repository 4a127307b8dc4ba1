// An NVMe-like driver passes its BAR through another module's identity and wrapper helpers and keeps the results in its driver data.
import type { devres, pci } from '@bindsafe/kernel';
import { doorbell, requireSize, ring, type Doorbell } from './mmio.js';

interface NvmeData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly bar: pci.Bar;
  readonly adminDb: Doorbell;
}

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'held-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'held-nvme');
    const bar = requireSize(regs.access(pdev.asRef()), 0x2000);
    const adminDb = doorbell(bar, 0x1000);
    ring(adminDb, 0);
    return { regs, bar, adminDb };
  },
};
