// A closure maps children to their names; the names reach the data. [class 3]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly names: string[];
}

export const drv37: pci.Driver<D> = {
  name: 'held10-c37',
  idTable: [{ vendor: 0x1af4, device: 0x1025 }],
  probe(pdev) {
    const regs = ['a', 'b'].map((n) => auxiliary.Registration.new(pdev.asRef(), n, 0, 'held10')); // expect: bindsafe/no-leaked-registration
    return { names: regs.map((r) => r.name) };
  },
};
