// A DisposableStack defers the child's drop but is a plain const nobody disposes or moves. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

export const gpioDriver: platform.Driver<{ readonly lines: number }> = {
  name: 'gpio-exp',
  idTable: [{ compatible: 'vendor,gpio-expander' }],
  probe(pdev) {
    const cleanup = new DisposableStack();
    const irqChip = auxiliary.Registration.new(pdev.asRef(), 'irqchip', 0, 'gpio'); // expect: bindsafe/no-leaked-registration
    cleanup.defer(() => void irqChip.drop());
    return { lines: 32 };
  },
};
