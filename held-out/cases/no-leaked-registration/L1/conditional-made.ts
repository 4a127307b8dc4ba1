// A registration made in a conditional expression and kept nowhere.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly hasDisplay: boolean }, { readonly display: boolean }> = {
  name: 'held-nlr-cond',
  idTable: [{ vendor: 0x10de, device: 0x3017, info: { display: true } }],
  probe(pdev, info) {
    const display = info?.display ? auxiliary.Registration.new(pdev.asRef(), 'display', 0, 'held_core') : undefined; // expect: bindsafe/no-leaked-registration
    return { hasDisplay: display !== undefined };
  },
};
