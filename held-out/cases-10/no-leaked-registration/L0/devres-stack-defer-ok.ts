// A DisposableStack defers the drop and is handed to devres.register.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly lanes: number;
}

export const drv5: pci.Driver<D> = {
  name: 'held10-c5',
  idTable: [{ vendor: 0x1af4, device: 0x1005 }],
  probe(pdev) {
    const stack = new DisposableStack();
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    stack.defer(() => {
      void reg.drop();
    });
    devres.register(pdev.asRef(), stack);
    return { lanes: 4 };
  },
};
