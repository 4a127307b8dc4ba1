// An early throw after creating the child: the model cleans up; the normal path owns it.
import { auxiliary, errors, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly child: auxiliary.Registration; readonly size: number }> = {
  name: 'held-nlr-throw',
  idTable: [{ vendor: 0x10de, device: 0x3007 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 2, 'held_core');
    const size = pdev.resourceLen(0);
    if (size < 0x1000) throw new errors.KernelError('ENODEV', `BAR0 too small: ${size}`);
    return { child, size };
  },
};
