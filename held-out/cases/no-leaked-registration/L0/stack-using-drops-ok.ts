// A using-declared stack drops the probe-time child when probe returns. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly ok: boolean }> = {
  name: 'held-nlr-stack-using',
  idTable: [{ vendor: 0x10de, device: 0x300a }],
  probe(pdev) {
    using stack = new DisposableStack();
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'calibrate', 0, 'held_core');
    stack.defer(() => void probeChild.drop());
    pdev.asRef().info(`calibrating with ${probeChild.name}`);
    return { ok: true };
  },
};
