// A `using` DisposableStack adopts a probe-time child, so it is dropped when probe returns.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly probed: number;
}

export const drv7: pci.Driver<D> = {
  name: 'held10-c7',
  idTable: [{ vendor: 0x1af4, device: 0x1007 }],
  probe(pdev) {
    using stack = new DisposableStack();
    const reg = stack.adopt(auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'), (r) => {
      void r.drop();
    });
    return { probed: reg.name.length };
  },
};
