// The same call justified directly above, as a block comment and as a multi-line comment.
import type { pci } from '@bindsafe/kernel';

export class SampleData implements Disposable {
  constructor(readonly pdev: pci.Device) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound, so the
    // device is still bound while this destructor runs.
    const bound = this.pdev.asRef().unsafeAsBound();
    bound.info('removing sample');
    /* SAFETY: as above, still inside the drop of the driver data. */
    this.pdev.asRef().unsafeAsBound().info('done');
  }
}
