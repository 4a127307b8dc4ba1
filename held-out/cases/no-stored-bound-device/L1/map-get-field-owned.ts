// The same stores into a Map and an array the driver data owns. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Slot {
  bar?: pci.Bar;
  users: number;
}
interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly slots: Map<string, Slot>;
  readonly rings: { bar?: pci.Bar }[];
}

export const driver: pci.Driver<Data> = {
  name: 'held-l1-mapget-owned',
  idTable: [{ vendor: 0x1b36, device: 0x002a }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l1-mapget-owned');
    const data: Data = { regs, slots: new Map([['main', { users: 0 }]]), rings: [{}, {}] };
    const bar = regs.access(pdev.asRef());
    data.slots.get('main')!.bar = bar;
    data.rings[1]!.bar = bar;
    return data;
  },
};
