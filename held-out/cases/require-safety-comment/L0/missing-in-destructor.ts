// A destructor treats its stored handle as bound without saying why.
import type { pci } from '@bindsafe/kernel';

export class SampleData implements Disposable {
  constructor(readonly pdev: pci.Device) {}

  [Symbol.dispose](): void {
    const bound = this.pdev.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info('removing sample');
  }
}
