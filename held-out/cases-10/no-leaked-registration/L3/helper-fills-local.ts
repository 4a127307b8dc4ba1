// A helper sets the child into a local scratch object probe does not return. [class 2]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
interface Scratch {
  child?: auxiliary.Registration;
}

function fill(s: Scratch, parent: pci.Device<device.Bound>): void {
  s.child = auxiliary.Registration.new(parent.asRef(), 'fill', 0, 'held10');
}

interface D {
  readonly rev: number;
}

export const drv51: pci.Driver<D> = {
  name: 'held10-c51',
  idTable: [{ vendor: 0x1af4, device: 0x1033 }],
  probe(pdev) {
    const scratch: Scratch = {};
    fill(scratch, pdev); // expect: bindsafe/no-leaked-registration
    return { rev: scratch.child ? 2 : 1 };
  },
};
