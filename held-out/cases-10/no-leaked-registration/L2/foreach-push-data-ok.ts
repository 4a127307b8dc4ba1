// forEach pushes children into an array the data owns.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly lanes: auxiliary.Registration[];
}

export const drv29: pci.Driver<D> = {
  name: 'held10-c29',
  idTable: [{ vendor: 0x1af4, device: 0x101d }],
  probe(pdev) {
    const lanes: auxiliary.Registration[] = [];
    ['rx', 'tx'].forEach((name, i) => {
      lanes.push(auxiliary.Registration.new(pdev.asRef(), name, i, 'held10'));
    });
    return { lanes };
  },
};
