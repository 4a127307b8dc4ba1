// A deferred closure drops the child; the stack goes to devres.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly ok: true;
}

export const drv31: pci.Driver<D> = {
  name: 'held10-c31',
  idTable: [{ vendor: 0x1af4, device: 0x101f }],
  probe(pdev) {
    const stack = new DisposableStack();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    const release = () => void child.drop();
    stack.defer(release);
    devres.register(pdev.asRef(), stack);
    return { ok: true };
  },
};
