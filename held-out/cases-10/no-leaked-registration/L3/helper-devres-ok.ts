// A helper ties the child to devres with a stack.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
function attachManaged(parent: pci.Device<device.Bound>, name: string): string {
  const stack = new DisposableStack();
  const reg = stack.adopt(auxiliary.Registration.new(parent.asRef(), name, 0, 'held10'), (r) => {
    void r.drop();
  });
  devres.register(parent.asRef(), stack);
  return reg.name;
}

interface D {
  readonly child: string;
}

export const drv45: pci.Driver<D> = {
  name: 'held10-c45',
  idTable: [{ vendor: 0x1af4, device: 0x102d }],
  probe(pdev) {
    return { child: attachManaged(pdev, 'hwmon') };
  },
};
