// A PCI NIC computes ring occupancy and a histogram through same-file helpers that only read the rings
import type { devres, pci } from '@bindsafe/kernel';

interface Ring {
  head: number;
  tail: number;
  readonly slots: number[];
}

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rings: ReadonlyMap<'rx' | 'tx', Ring>;
}

function occupancy(ring: Readonly<Ring>): number {
  return (ring.tail - ring.head + ring.slots.length) % ring.slots.length;
}

function histogram(rings: Iterable<[string, Ring]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, ring] of rings) out.set(name, occupancy(ring));
  return out;
}

export const readNicOk: pci.Driver<NicData> = {
  name: 'read-nic-ok',
  idTable: [{ vendor: 0x8086, device: 0x15b9 }],
  probe(pdev) {
    const mk = (): Ring => ({ head: 0, tail: 3, slots: new Array<number>(16).fill(0) });
    return { bar: pdev.iomapRegion(0, 'read-nic-ok'), rings: new Map([['rx', mk()], ['tx', mk()]]) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x2818);
    const hist = histogram(data.rings.entries());
    pdev.asRef().info(`read-nic: ${JSON.stringify(Object.fromEntries(hist))}`);
  },
};
