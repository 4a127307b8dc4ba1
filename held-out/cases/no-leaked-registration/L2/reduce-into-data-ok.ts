// reduce() builds a record of children that the data keeps.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly children: Readonly<Record<string, auxiliary.Registration>> }> = {
  name: 'held-nlr-reduce',
  idTable: [{ vendor: 0x10de, device: 0x3061 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const children = ['display', 'audio'].reduce<Record<string, auxiliary.Registration>>((acc, name, i) => {
      acc[name] = auxiliary.Registration.new(dev, name, i, 'held_core');
      return acc;
    }, {});
    return { children };
  },
};
