// A PCI multi-queue NIC spreads its ring list into a new array, but the rings in it are the data's own: it rewinds the first [class 4]
import type { devres, pci } from '@bindsafe/kernel';

type Ring = { readonly id: number; head: number; tail: number };

interface MqData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rings: Ring[];
}

export const mqNic: pci.Driver<MqData> = {
  name: 'mq-nic',
  idTable: [{ vendor: 0x15b3, device: 0x1017 }],
  probe(pdev) {
    const rings = Array.from({ length: 4 }, (_, id): Ring => ({ id, head: 0, tail: 0 }));
    return { bar: pdev.iomapRegion(0, 'mq-nic'), rings };
  },
  unbind(pdev, data) {
    const byLoad = [...data.rings].sort((a, b) => b.tail - b.head - (a.tail - a.head));
    const [busiest] = byLoad;
    data.bar.access(pdev.asRef()).write32(0, 0x100);
    if (busiest !== undefined) {
      busiest.head = busiest.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
