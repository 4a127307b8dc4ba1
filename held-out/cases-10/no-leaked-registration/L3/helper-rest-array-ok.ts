// A rest-parameter helper returns an array of children the data owns.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function spawnAll(parent: pci.Device<device.Bound>, ...names: string[]): auxiliary.Registration[] {
  return names.map((n, i) => auxiliary.Registration.new(parent.asRef(), n, i, 'held10'));
}

interface D {
  readonly list: auxiliary.Registration[];
}

export const drv48: pci.Driver<D> = {
  name: 'held10-c48',
  idTable: [{ vendor: 0x1af4, device: 0x1030 }],
  probe(pdev) {
    const list = spawnAll(pdev, 'a', 'b', 'c');
    return { list };
  },
};
