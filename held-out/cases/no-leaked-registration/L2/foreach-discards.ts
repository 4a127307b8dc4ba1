// A forEach callback creates children and discards them.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly count: number }> = {
  name: 'held-nlr-foreach',
  idTable: [{ vendor: 0x10de, device: 0x3020 }],
  probe(pdev) {
    const names = ['display', 'audio'];
    names.forEach((name, i) => {
      auxiliary.Registration.new(pdev.asRef(), name, i, 'held_core'); // expect: bindsafe/no-leaked-registration
    });
    return { count: names.length };
  },
};
