// A PCI NIC rewinds its RX ring through a same-file helper that assigns the ring's indices
import type { devres, pci } from '@bindsafe/kernel';

interface Ring {
  head: number;
  tail: number;
  readonly slots: Uint32Array;
}

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rx: Ring;
  readonly tx: Ring;
}

function rewind(ring: Ring): number {
  const skipped = (ring.tail - ring.head + ring.slots.length) % ring.slots.length;
  ring.head = 0;
  ring.tail = 0;
  return skipped;
}

export const rewindNic: pci.Driver<NicData> = {
  name: 'rewind-nic',
  idTable: [{ vendor: 0x8086, device: 0x15b8 }],
  probe(pdev) {
    const mk = (): Ring => ({ head: 0, tail: 0, slots: new Uint32Array(256) });
    return { bar: pdev.iomapRegion(0, 'rewind-nic'), rx: mk(), tx: mk() };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x2818);
    const skipped = rewind(data.rx); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`rewind-nic: ${skipped} rx descriptors skipped`);
  },
};
