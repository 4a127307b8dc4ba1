// A helper returns the child; probe keeps it in an unused local. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function spawn(parent: pci.Device<device.Bound>, name = 'edac', id = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent.asRef(), name, id, 'held10');
}

interface D {
  readonly up: boolean;
}

export const drv47: pci.Driver<D> = {
  name: 'held10-c47',
  idTable: [{ vendor: 0x1af4, device: 0x102f }],
  probe(pdev) {
    const unused = spawn(pdev, 'edac', 2); // expect: bindsafe/no-leaked-registration
    return { up: true };
  },
};
