// A DisposableStack adopts the child; its move() result is kept by the driver data.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly cleanup: DisposableStack;
}

export const stackDriver: pci.Driver<Data> = {
  name: 'held-stack',
  idTable: [{ vendor: 0x10de, device: 0x2306 }],
  probe(pdev) {
    using stack = new DisposableStack();
    const regs = pdev.iomapRegion(0, 'held-stack');
    stack.adopt(auxiliary.Registration.new(pdev.asRef(), 'held-stack-gfx', 0, 'held_stack'), (reg) => void reg.drop());
    return { regs, cleanup: stack.move() };
  },
};
