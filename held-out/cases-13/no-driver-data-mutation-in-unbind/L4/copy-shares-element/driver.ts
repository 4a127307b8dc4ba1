// A PCI multi-queue NIC copies its ring list with a helper, but resets the first ring of the copy, a ring the data still holds [class 4]
import type { devres, pci } from '@bindsafe/kernel';
import { resetFirst, snapshot, type Ring } from './rings.js';

interface MqData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rings: Ring[];
}

export const copyNic: pci.Driver<MqData> = {
  name: 'copy-nic',
  idTable: [{ vendor: 0x15b3, device: 0x101a }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'copy-nic'), rings: [0, 1, 2].map((id) => ({ id, head: 0, tail: 0, resets: 0 })) };
  },
  unbind(pdev, data) {
    const copy = snapshot(data.rings);
    copy.sort((a, b) => b.tail - a.tail);
    data.bar.access(pdev.asRef()).write32(0, 0x100);
    resetFirst(copy); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
