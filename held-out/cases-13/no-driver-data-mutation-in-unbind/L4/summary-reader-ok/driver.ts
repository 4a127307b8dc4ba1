// A PCI NIC logs a summary of its stats at unbind through a read-only helper in another module
import type { devres, pci } from '@bindsafe/kernel';
import { summarize, type Stats } from './summary.js';

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly stats: Stats;
}

export const summaryNicOk: pci.Driver<NicData> = {
  name: 'summary-nic-ok',
  idTable: [{ vendor: 0x8086, device: 0x1534 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'summary-nic-ok'), stats: { unbinds: 0, resets: 0, perQueue: new Map([[0, 5]]) } };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x2818);
    pdev.asRef().info(summarize(data.stats));
  },
};
