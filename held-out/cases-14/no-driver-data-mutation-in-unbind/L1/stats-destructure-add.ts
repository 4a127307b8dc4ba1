// A PCI NVMe controller destructures its stats record out of the driver data in unbind and adds to it. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface QueueStats { completions: number; timeouts: number }

class NvmeCtrl {
  readonly stats: QueueStats = { completions: 0, timeouts: 0 };
  constructor(readonly bar: devres.Devres<pci.Bar>, readonly depth: number) {}
  get saturated(): boolean {
    return this.stats.completions >= this.depth;
  }
}

export const nvmeDriver: pci.Driver<NvmeCtrl> = {
  name: 'acc-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe: (pdev) => new NvmeCtrl(pdev.iomapRegion(0, 'acc-nvme'), 64),
  unbind(pdev, data) {
    const { stats, bar } = data;
    bar.access(pdev.asRef()).write32(0, 0x14);
    stats.timeouts += data.saturated ? 1 : 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
