// A PCI NIC walks its rings in a forEach callback in unbind, quiescing each through the ring's own method and the hardware. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

class Ring {
  #head = 0;
  #tail = 0;
  constructor(readonly id: number) {}
  get pending(): number {
    return this.#head - this.#tail;
  }
  quiesce(): void {
    this.#head = this.#tail;
  }
}

class NicData {
  readonly rings: readonly Ring[];
  constructor(readonly bar: devres.Devres<pci.Bar>, count: number) {
    this.rings = Array.from({ length: count }, (_, id) => new Ring(id));
  }
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'acc-nic2-ok',
  idTable: [{ vendor: 0x14e4, device: 0x1658 }],
  probe: (pdev) => new NicData(pdev.iomapRegion(0, 'acc-nic2-ok'), 4),
  unbind(pdev, data) {
    const bar = data.bar.access(pdev.asRef());
    data.rings.forEach((ring) => {
      bar.write32(0, 0x100 + ring.id * 0x10);
      ring.quiesce();
    });
  },
};
