// A helper with a default parameter returns the child; probe keeps it.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function spawn(parent: pci.Device<device.Bound>, name = 'edac', id = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent.asRef(), name, id, 'held10');
}

interface D {
  readonly child: auxiliary.Registration;
}

export const drv46: pci.Driver<D> = {
  name: 'held10-c46',
  idTable: [{ vendor: 0x1af4, device: 0x102e }],
  probe(pdev) {
    return { child: spawn(pdev) };
  },
};
