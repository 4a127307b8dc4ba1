// An array built with map() is owned by the data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly ports: auxiliary.Registration[];
}

export const drv18: pci.Driver<D> = {
  name: 'held10-c18',
  idTable: [{ vendor: 0x1af4, device: 0x1012 }],
  probe(pdev) {
    const ports = [0, 1, 2].map((id) => auxiliary.Registration.new(pdev.asRef(), 'port', id, 'held10'));
    return { ports };
  },
};
