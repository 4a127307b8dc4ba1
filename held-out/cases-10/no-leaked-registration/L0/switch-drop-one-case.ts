// A switch drops the child in one case and keeps it nowhere in the default. [class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly mode: string;
}

export const drv13: pci.Driver<D> = {
  name: 'held10-c13',
  idTable: [{ vendor: 0x1af4, device: 0x100d }],
  probe(pdev) {
    const mode = pdev.asRef().name;
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    switch (mode) {
      case 'lite':
        void reg.drop();
        return { mode };
      default:
        return { mode };
    }
  },
};
