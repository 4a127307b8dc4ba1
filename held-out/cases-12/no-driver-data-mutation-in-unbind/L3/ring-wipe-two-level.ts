// A PCI storage HBA wipes its submission ring through a helper that delegates to another same-file helper. [class 6]
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

function wipe(ring: Ring): void {
  zero(ring.slots);
}

export const hbaDriver: pci.Driver<HbaData> = {
  name: 'mpt-lite',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const depth = 32;
    return { bar: pdev.iomapRegion(1, 'mpt-lite'), sq: { slots: new Array<number>(depth).fill(0), depth } };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x1c);
    wipe(data.sq); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
