// A callback uses the child, then probe drops it.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly seen: number;
}

export const drv36: pci.Driver<D> = {
  name: 'held10-c36',
  idTable: [{ vendor: 0x1af4, device: 0x1024 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    let seen = 0;
    const visit = (r: auxiliary.Registration) => {
      seen += r.name.length;
    };
    visit(child);
    void child.drop();
    return { seen };
  },
};
