// A generator helper walking registers of a Bar, consumed during probe.
import type { devres, pci } from '@bindsafe/kernel';

function* registers(bar: pci.Bar, count: number): Generator<[number, number]> {
  for (let i = 0; i < count; i++) yield [i * 4, bar.read32(i * 4)];
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly snapshot: Map<number, number> }> = {
  name: 'held-nsbd-gen',
  idTable: [{ vendor: 0x1b36, device: 0x0092 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nsbd-gen');
    const snapshot = new Map(registers(regs.access(pdev.asRef()), 4));
    return { regs, snapshot };
  },
};
