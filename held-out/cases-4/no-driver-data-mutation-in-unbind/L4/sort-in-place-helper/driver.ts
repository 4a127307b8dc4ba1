// unbind renders the data's register snapshot with an imported helper that sorts the array in place.
import type { devres, pci } from '@bindsafe/kernel';
import { orderForDump, type DumpEntry } from './dump.js';

interface Crashy {
  readonly regs: devres.Devres<pci.Bar>;
  readonly snapshot: DumpEntry[];
}

export const crashyDriver: pci.Driver<Crashy> = {
  name: 'held4-crashy',
  idTable: [{ vendor: 0x1af4, device: 0x10f0 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-crashy');
    const bar = regs.access(pdev.asRef());
    const snapshot = [0x40, 0x10, 0x20].map((reg) => ({ reg, value: bar.read32(reg) }));
    return { regs, snapshot };
  },
  unbind(pdev, data) {
    const rendered = orderForDump(data.snapshot); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`crashy: last registers ${rendered}`);
  },
};
