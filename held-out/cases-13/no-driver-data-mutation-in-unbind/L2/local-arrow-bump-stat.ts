// A PCI NIC defines a local arrow in unbind that bumps one of the data's statistics counters by key [class 7]
import type { devres, pci } from '@bindsafe/kernel';

type StatKey = 'unbinds' | 'linkDowns' | 'resets';

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly stats: Record<StatKey, number>;
}

export const statNic: pci.Driver<NicData> = {
  name: 'stat-nic',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(2, 'stat-nic'), stats: { unbinds: 0, linkDowns: 0, resets: 0 } };
  },
  unbind(pdev, data) {
    const note = (key: StatKey, by = 1): void => {
      data.stats[key] += by; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    const link = data.bar.access(pdev.asRef()).read32(0x6c);
    if ((link & 0x2) === 0) note('linkDowns');
    pdev.asRef().info(`stat-nic: link ${link}`);
  },
};
