// A PCI storage HBA fills its submission ring through same-file helpers in probe only; unbind reads the ring. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Ring {
  readonly slots: number[];
  readonly depth: number;
}

interface HbaData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly sq: Ring;
}

function zero(values: number[], from = 0): void {
  values.fill(0, from);
}

function wipe(ring: Ring): Ring {
  zero(ring.slots);
  return ring;
}

function outstanding(ring: Ring): number {
  return ring.slots.filter((s) => s !== 0).length;
}

export const hbaDriver: pci.Driver<HbaData> = {
  name: 'mpt-lite',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const depth = 32;
    const sq = wipe({ slots: new Array<number>(depth), depth });
    return { bar: pdev.iomapRegion(1, 'mpt-lite'), sq };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x1c);
    pdev.asRef().info(`mpt-lite: ${outstanding(data.sq)} of ${data.sq.depth} slots outstanding`);
  },
};
