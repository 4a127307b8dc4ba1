// A DisposableStack owning the child's drop, handed to devres.register: released only after the data drop. [class 1]
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly child: string }> = {
  name: 'held-nlr-devres-stack',
  idTable: [{ vendor: 0x10de, device: 0x3060 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const stack = new DisposableStack();
    const child = stack.adopt(auxiliary.Registration.new(dev, 'display', 0, 'held_core'), (c) => void c.drop());
    devres.register(dev, stack);
    return { child: child.name };
  },
};
