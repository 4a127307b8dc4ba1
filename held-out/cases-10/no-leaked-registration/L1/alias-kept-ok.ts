// An alias of the child registration is kept in the data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly child: auxiliary.Registration;
}

export const drv14: pci.Driver<D> = {
  name: 'held10-c14',
  idTable: [{ vendor: 0x1af4, device: 0x100e }],
  probe(pdev) {
    const made = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    const child = made;
    return { child };
  },
};
