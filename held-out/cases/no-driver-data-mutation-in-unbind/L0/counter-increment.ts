// unbind bumps a statistics counter in the data it borrows.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly stats: { unbinds: number; resets: number };
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-inc',
  idTable: [{ vendor: 0x8086, device: 0x4000 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-nddm-inc'), stats: { unbinds: 0, resets: 0 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0);
    data.stats.unbinds++; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
