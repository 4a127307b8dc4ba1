// Children go into a local Set; only its size reaches the driver data. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly children: number }> = {
  name: 'held2-nlr-set',
  idTable: [{ vendor: 0x8086, device: 0x5013 }],
  probe(pdev) {
    const live = new Set<auxiliary.Registration>();
    live.add(auxiliary.Registration.new(pdev.asRef(), 'held2-spi', 0, 'held2_core')); // expect: bindsafe/no-leaked-registration
    return { children: live.size };
  },
};
