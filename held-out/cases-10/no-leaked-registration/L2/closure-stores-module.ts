// A callback stores the child in a module-level Map. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
const registry = new Map<string, auxiliary.Registration>();

interface D {
  readonly key: string;
}

export const drv32: pci.Driver<D> = {
  name: 'held10-c32',
  idTable: [{ vendor: 0x1af4, device: 0x1020 }],
  probe(pdev) {
    const remember = (r: auxiliary.Registration) => {
      registry.set(r.name, r);
    };
    remember(auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10')); // expect: bindsafe/no-leaked-registration
    return { key: 'child' };
  },
};
