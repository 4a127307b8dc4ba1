// A PCI 10G NIC counts resets through a statistics helper of another module in probe, and only formats the stats in unbind. [class 4]
import type { devres, pci } from '@bindsafe/kernel';
import { bumpResets, formatStats, type LinkStats } from './helpers/stats.js';

interface IxgbeData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly stats: LinkStats;
}

export const ixgbeDriver: pci.Driver<IxgbeData> = {
  name: 'ixgbe-lite',
  idTable: [{ vendor: 0x8086, device: 0x10fb }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const stats: LinkStats = { resets: 0, linkFlaps: 0 };
    bumpResets(stats);
    return { bar: pdev.iomapRegion(0, 'ixgbe-lite'), stats };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0x0400_0000, 0x0000);
    pdev.asRef().info(`ixgbe-lite: ${formatStats(data.stats)}`);
  },
};
