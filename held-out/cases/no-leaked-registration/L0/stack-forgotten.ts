// The child is adopted by a stack that is neither disposed nor owned. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly ok: boolean }> = {
  name: 'held-nlr-stack-forgotten',
  idTable: [{ vendor: 0x10de, device: 0x300b }],
  probe(pdev) {
    const stack = new DisposableStack();
    const child = auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 5, 'held_core'); // expect: bindsafe/no-leaked-registration
    stack.adopt(child, (c) => void c.drop());
    return { ok: true };
  },
};
