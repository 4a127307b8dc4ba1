// A conditional picks the child's name; the registration is owned by the data either way. [class 4] [class 6]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly child: auxiliary.Registration }> = {
  name: 'held2-nlr-ternary-ok',
  idTable: [{ vendor: 0x8086, device: 0x5014 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const child =
      pdev.revision > 2
        ? auxiliary.Registration.new(dev, 'held2-fast', 0, 'held2_core')
        : auxiliary.Registration.new(dev, 'held2-slow', 0, 'held2_core');
    return { child };
  },
};
