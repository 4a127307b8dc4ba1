// A probe self-test registers a child then drops it before returning.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly tested: boolean;
}

export const drv3: pci.Driver<D> = {
  name: 'held10-c3',
  idTable: [{ vendor: 0x1af4, device: 0x1003 }],
  probe(pdev) {
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    const tested = probeChild.name.length > 0;
    void probeChild.drop();
    return { tested };
  },
};
