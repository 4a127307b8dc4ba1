// A PCI multi-queue NIC reorders and trims a helper-made copy of its ring list; only the copy itself changes [class 4]
import type { devres, pci } from '@bindsafe/kernel';
import { snapshot, type Ring } from './rings.js';

interface MqData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rings: Ring[];
}

export const reorderNicOk: pci.Driver<MqData> = {
  name: 'reorder-nic-ok',
  idTable: [{ vendor: 0x15b3, device: 0x101c }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'reorder-nic-ok'), rings: [0, 1, 2].map((id) => ({ id, head: 0, tail: id })) };
  },
  unbind(pdev, data) {
    const order = snapshot(data.rings);
    order.sort((a, b) => b.tail - a.tail);
    order.splice(2);
    order.reverse();
    data.bar.access(pdev.asRef()).write32(0, 0x100);
    pdev.asRef().info(`reorder-nic: quiesce order ${order.map((r) => r.id).join(',')}`);
  },
};
