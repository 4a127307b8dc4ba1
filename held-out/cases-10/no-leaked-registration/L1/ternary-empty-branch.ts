// The child is returned only on one branch of a ternary. [class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly reg?: auxiliary.Registration;
}

export const drv16: pci.Driver<D> = {
  name: 'held10-c16',
  idTable: [{ vendor: 0x1af4, device: 0x1010 }],
  probe(pdev) {
    const wanted = pdev.asRef().name.length > 3;
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    return wanted ? { reg } : {};
  },
};
