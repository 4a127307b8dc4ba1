// The auxiliary child is kept only in a module slot filled with ??=; the driver data never owns it. [class 4] [class 8]
import { auxiliary, type pci } from '@bindsafe/kernel';

let sharedChild: auxiliary.Registration | undefined;

export const driver: pci.Driver<{ readonly rev: number }> = {
  name: 'held2-nlr-module',
  idTable: [{ vendor: 0x8086, device: 0x5001 }],
  probe(pdev) {
    sharedChild ??= auxiliary.Registration.new(pdev.asRef(), 'held2-aux', 0, 'held2_core'); // expect: bindsafe/no-leaked-registration
    return { rev: pdev.revision };
  },
};

export const childName = (): string | undefined => sharedChild?.name;
