// A spread-built record with the Bar replaces a module-level "current" config.
import type { devres, pci } from '@bindsafe/kernel';

interface Current {
  readonly name: string;
  readonly bar?: pci.Bar;
}
let current: Current = { name: 'none' };

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l1-spread',
  idTable: [{ vendor: 0x1b36, device: 0x0021 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l1-spread');
    const base = { name: pdev.name };
    current = { ...base, bar: regs.access(pdev.asRef()) }; // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

export function currentName(): string {
  return current.name;
}
