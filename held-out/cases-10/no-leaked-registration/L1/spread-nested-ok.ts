// The child is spread into a nested object the data owns.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly bus: { readonly reg: auxiliary.Registration; readonly speed: number };
}

export const drv15: pci.Driver<D> = {
  name: 'held10-c15',
  idTable: [{ vendor: 0x1af4, device: 0x100f }],
  probe(pdev) {
    const base = { speed: 400 };
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    return { bus: { ...base, reg } };
  },
};
