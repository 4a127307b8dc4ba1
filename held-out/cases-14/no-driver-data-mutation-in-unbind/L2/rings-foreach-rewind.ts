// A PCI NIC rewinds every descriptor ring its data holds inside a forEach callback in unbind. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Ring { readonly id: number; head: number; tail: number }

class NicData {
  readonly #rings: Ring[];
  readonly rings: readonly Ring[];
  constructor(readonly bar: devres.Devres<pci.Bar>, count: number) {
    this.#rings = Array.from({ length: count }, (_, id) => ({ id, head: 0, tail: 0 }));
    this.rings = this.#rings;
  }
  get busy(): boolean {
    return this.rings.some((r) => r.head !== r.tail);
  }
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'acc-nic2',
  idTable: [{ vendor: 0x14e4, device: 0x1657 }],
  probe: (pdev) => new NicData(pdev.iomapRegion(0, 'acc-nic2'), 4),
  unbind(pdev, data) {
    const bar = data.bar.access(pdev.asRef());
    data.rings.forEach((ring) => {
      bar.write32(0, 0x100 + ring.id * 0x10);
      ring.head = ring.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
