// A Set of children lives in the driver data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly kids: Set<auxiliary.Registration>;
}

export const drv12: pci.Driver<D> = {
  name: 'held10-c12',
  idTable: [{ vendor: 0x1af4, device: 0x100c }],
  probe(pdev) {
    const kids = new Set<auxiliary.Registration>();
    kids.add(auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'));
    return { kids };
  },
};
