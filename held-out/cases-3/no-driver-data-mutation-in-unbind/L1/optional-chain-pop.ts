// An alias reached through several optional links into the data pops a pending fence.
import type { devres, pci } from '@bindsafe/kernel';

interface Ring {
  readonly pending?: number[];
}

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly rings?: readonly Ring[];
}

export const ringDriver: pci.Driver<Data> = {
  name: 'held-ring',
  idTable: [{ vendor: 0x1b36, device: 0x0108 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-ring'), rings: [{ pending: [1, 2] }] };
  },
  unbind(_pdev, data) {
    const pending = data.rings?.[0]?.pending;
    pending?.pop(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
