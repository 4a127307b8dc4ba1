// A sensor hub registers a child and discards the registration. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly ok: boolean;
}

export const drv2: pci.Driver<D> = {
  name: 'held10-c2',
  idTable: [{ vendor: 0x1af4, device: 0x1002 }],
  probe(pdev) {
    auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    return { ok: true };
  },
};
