// A deferred child is created in a timer started by probe; nothing owns it.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly deferred: boolean }> = {
  name: 'held-nlr-timer',
  idTable: [{ vendor: 0x10de, device: 0x3022 }],
  probe(pdev) {
    const dev = pdev.asRef();
    setTimeout(() => { // expect: bindsafe/no-stored-bound-device
      auxiliary.Registration.new(dev, 'late', 0, 'held_core'); // expect: bindsafe/no-leaked-registration
    }, 10);
    return { deferred: true };
  },
};
