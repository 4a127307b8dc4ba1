// A `/* SAFETY: … */` block comment directly above the unsafe call. [class 8]
import type { pci } from '@bindsafe/kernel';

export class Sample implements Disposable {
  constructor(readonly pdev: pci.Device) {}

  [Symbol.dispose](): void {
    /* SAFETY: the driver data is dropped during unbind, before the device is unbound. */
    const bound = this.pdev.asRef().unsafeAsBound();
    bound.info('sample: removed');
  }
}
