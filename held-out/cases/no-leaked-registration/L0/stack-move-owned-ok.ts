// A DisposableStack holding the child's drop, moved into the driver data, owns it. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

class Data implements Disposable {
  constructor(
    readonly cleanup: DisposableStack,
    readonly name: string,
  ) {}
  [Symbol.dispose](): void {
    this.cleanup.dispose();
  }
}

export const driver: pci.Driver<Data> = {
  name: 'held-nlr-stack-move',
  idTable: [{ vendor: 0x10de, device: 0x3009 }],
  probe(pdev) {
    using stack = new DisposableStack();
    const child = stack.adopt(auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 4, 'held_core'), (c) => void c.drop());
    pdev.asRef().info(`child ${child.name}`);
    return new Data(stack.move(), child.name);
  },
};
