// A default-exported builder class from another module; the built set is the driver data. [class 4] [class 7]
import type { pci } from '@bindsafe/kernel';
import ChildSet from './child-set.js';

export const driver: pci.Driver<ChildSet> = {
  name: 'held2-nlr-default-builder',
  idTable: [{ vendor: 0x8086, device: 0x5041 }],
  probe(pdev) {
    return new ChildSet(pdev.asRef()).add('held2-x').add('held2-y');
  },
};
