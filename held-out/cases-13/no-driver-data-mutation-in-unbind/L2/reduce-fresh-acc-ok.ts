// A PCI multi-queue NIC reduces its rings into a fresh accumulator array and tuple, without touching the rings [class 7]
import type { devres, pci } from '@bindsafe/kernel';

type Ring = { readonly id: number; head: number; tail: number };

interface MqData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rings: Ring[];
}

export const reduceNicOk: pci.Driver<MqData> = {
  name: 'reduce-nic-ok',
  idTable: [{ vendor: 0x15b3, device: 0x1019 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'reduce-nic-ok'), rings: [{ id: 0, head: 1, tail: 4 }] };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x100);
    const backlog = data.rings.reduce<number[]>((acc, r) => {
      acc.push(r.tail - r.head);
      return acc;
    }, []);
    const [min, max] = backlog.reduce<[number, number]>(
      (mm, n) => {
        mm[0] = Math.min(mm[0], n);
        mm[1] = Math.max(mm[1], n);
        return mm;
      },
      [Infinity, -Infinity],
    );
    pdev.asRef().info(`reduce-nic: backlog ${min}..${max}`);
  },
};
