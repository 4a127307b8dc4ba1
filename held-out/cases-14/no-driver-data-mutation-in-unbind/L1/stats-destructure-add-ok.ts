// A PCI NVMe controller destructures primitive counters out of its stats in unbind and changes only the local copies. [class 2]
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
  name: 'acc-nvme-ok',
  idTable: [{ vendor: 0x144d, device: 0xa809 }],
  probe: (pdev) => new NvmeCtrl(pdev.iomapRegion(0, 'acc-nvme-ok'), 64),
  unbind(pdev, data) {
    let { timeouts, completions = 0 } = data.stats;
    timeouts += data.saturated ? 1 : 0;
    completions -= timeouts;
    data.bar.access(pdev.asRef()).write32(completions, 0x14);
  },
};
