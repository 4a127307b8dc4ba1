// A PCI card adopts its children into a DisposableStack and hands the moved stack to the driver data. [class 1, class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface Card {
  readonly teardown: DisposableStack;
  readonly names: readonly string[];
}

export const stackCardDriver: pci.Driver<Card> = {
  name: 'stack-card',
  idTable: [{ vendor: 0x1b36, device: 0x0013 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    using stack = new DisposableStack();
    const names: string[] = [];
    for (const [id, name] of ['mdio', 'sfp'].entries()) {
      const child = stack.adopt(auxiliary.Registration.new(pdev.asRef(), name, id, 'stack_card'), (r) => void r.drop());
      names.push(child.name);
    }
    return { teardown: stack.move(), names };
  },
};
