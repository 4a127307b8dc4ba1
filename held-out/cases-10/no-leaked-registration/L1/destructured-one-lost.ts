// A destructured pair where the second one is kept nowhere. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly main: auxiliary.Registration;
  readonly spareName: string;
}

export const drv22: pci.Driver<D> = {
  name: 'held10-c22',
  idTable: [{ vendor: 0x1af4, device: 0x1016 }],
  probe(pdev) {
    const [main, spare] = [
      auxiliary.Registration.new(pdev.asRef(), 'main', 0, 'held10'),
      auxiliary.Registration.new(pdev.asRef(), 'spare', 1, 'held10'), // expect: bindsafe/no-leaked-registration
    ];
    return { main, spareName: spare.name };
  },
};
