// A closure adds each child to a Set in the data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly kids: Set<auxiliary.Registration>;
}

export const drv38: pci.Driver<D> = {
  name: 'held10-c38',
  idTable: [{ vendor: 0x1af4, device: 0x1026 }],
  probe(pdev) {
    const kids = new Set<auxiliary.Registration>();
    const add = (name: string, id: number) => kids.add(auxiliary.Registration.new(pdev.asRef(), name, id, 'held10'));
    add('led', 0);
    add('key', 1);
    return { kids };
  },
};
