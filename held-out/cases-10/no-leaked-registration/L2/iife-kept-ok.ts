// An IIFE builds the nested object the data owns.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly aux: { readonly reg: auxiliary.Registration; readonly at: number };
}

export const drv33: pci.Driver<D> = {
  name: 'held10-c33',
  idTable: [{ vendor: 0x1af4, device: 0x1021 }],
  probe(pdev) {
    const aux = (() => {
      const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
      return { reg, at: Date.now() };
    })();
    return { aux };
  },
};
