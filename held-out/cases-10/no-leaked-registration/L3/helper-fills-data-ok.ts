// A helper sets the child into the data object probe returns.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function fill(data: D, parent: pci.Device<device.Bound>): void {
  data.child = auxiliary.Registration.new(parent.asRef(), 'fill', 0, 'held10');
}

interface D {
  child?: auxiliary.Registration;
  readonly rev: number;
}

export const drv50: pci.Driver<D> = {
  name: 'held10-c50',
  idTable: [{ vendor: 0x1af4, device: 0x1032 }],
  probe(pdev) {
    const data: D = { rev: 2 };
    fill(data, pdev);
    return data;
  },
};
