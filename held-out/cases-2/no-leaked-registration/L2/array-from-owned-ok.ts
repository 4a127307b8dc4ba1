// Array.from with a mapping callback makes the children; the array is the driver data's. [class 4] [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly lanes: readonly auxiliary.Registration[] }> = {
  name: 'held2-nlr-array-from',
  idTable: [{ vendor: 0x8086, device: 0x5020 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const lanes = Array.from({ length: 4 }, (_, i) => auxiliary.Registration.new(dev, `held2-lane${i}`, i, 'held2_core'));
    return { lanes };
  },
};
