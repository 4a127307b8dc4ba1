// Children made in a `map` callback are collected with Object.fromEntries into a local that only yields names.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const CHILDREN = ['held-fan-0', 'held-fan-1'];

export const fansDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly names: string[] }> = {
  name: 'held-fans',
  idTable: [{ vendor: 0x10de, device: 0x230e }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-fans');
    const byName = Object.fromEntries(
      CHILDREN.map((name, id) => [name, auxiliary.Registration.new(pdev.asRef(), name, id, 'held_fans')]), // expect: bindsafe/no-leaked-registration
    );
    return { regs, names: Object.keys(byName) };
  },
};
