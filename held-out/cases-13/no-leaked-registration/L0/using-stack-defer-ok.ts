// A scratch child is torn down by a `using` DisposableStack when probe returns. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

export const gpioDriver: platform.Driver<{ readonly lines: number; readonly probedWith: string }> = {
  name: 'gpio-exp',
  idTable: [{ compatible: 'vendor,gpio-expander' }],
  probe(pdev) {
    using cleanup = new DisposableStack();
    const scratch = auxiliary.Registration.new(pdev.asRef(), 'scratch', 0, 'gpio');
    cleanup.defer(() => void scratch.drop());
    const probedWith = scratch.name;
    return { lines: 32, probedWith };
  },
};
