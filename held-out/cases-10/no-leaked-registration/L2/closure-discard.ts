// A forEach callback makes a child per name and discards each. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly dsp: boolean;
}

export const drv28: pci.Driver<D> = {
  name: 'held10-c28',
  idTable: [{ vendor: 0x1af4, device: 0x101c }],
  probe(pdev) {
    ['dsp', 'mic'].forEach((name, id) => void auxiliary.Registration.new(pdev.asRef(), name, id, 'held10')); // expect: bindsafe/no-leaked-registration
    return { dsp: true };
  },
};
