// A PCI NIC destructures its ring indices into local lets and walks the unreaped descriptors without touching the ring
import type { devres, pci } from '@bindsafe/kernel';

type Ring = { head: number; tail: number; readonly slots: number[] };

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rx: Ring;
}

export const walkNicOk: pci.Driver<NicData> = {
  name: 'walk-nic-ok',
  idTable: [{ vendor: 0x14e4, device: 0x1658 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'walk-nic-ok'), rx: { head: 0, tail: 0, slots: new Array<number>(64).fill(0) } };
  },
  unbind(pdev, data) {
    let { head, tail } = data.rx;
    const { slots } = data.rx;
    let unreaped = 0;
    while (head !== tail) {
      unreaped += slots[head] === 0 ? 0 : 1;
      head = (head + 1) % slots.length;
    }
    tail = -1;
    data.bar.access(pdev.asRef()).write32(0, 0x38);
    pdev.asRef().info(`walk-nic: ${unreaped} unreaped (${tail})`);
  },
};
