// Only the child's name reaches the driver data; the registration itself is not kept. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly childName: string }> = {
  name: 'held2-nlr-name',
  idTable: [{ vendor: 0x8086, device: 0x5011 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'held2-gpio', 0, 'held2_core'); // expect: bindsafe/no-leaked-registration
    const { name: childName } = child;
    return { childName };
  },
};
