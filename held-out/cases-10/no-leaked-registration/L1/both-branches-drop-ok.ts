// Each branch of an if/else drops or keeps the child.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly child?: auxiliary.Registration;
}

export const drv26: pci.Driver<D> = {
  name: 'held10-c26',
  idTable: [{ vendor: 0x1af4, device: 0x101a }],
  probe(pdev) {
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    if (pdev.asRef().name.includes('lite')) {
      void reg.drop();
      return {};
    } else {
      return { child: reg };
    }
  },
};
