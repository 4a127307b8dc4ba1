// A rest-parameter helper returns children; only their count reaches the data. [class 2]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function spawnAll(parent: pci.Device<device.Bound>, ...names: string[]): auxiliary.Registration[] {
  return names.map((n, i) => auxiliary.Registration.new(parent.asRef(), n, i, 'held10'));
}

interface D {
  readonly n: number;
}

export const drv49: pci.Driver<D> = {
  name: 'held10-c49',
  idTable: [{ vendor: 0x1af4, device: 0x1031 }],
  probe(pdev) {
    const n = spawnAll(pdev, 'a', 'b').length; // expect: bindsafe/no-leaked-registration
    return { n };
  },
};
