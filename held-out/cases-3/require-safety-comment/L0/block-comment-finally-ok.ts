// A `/* SAFETY: */` block comment justifies an unsafeAsBound in a `finally` of the destructor.
import type { pci } from '@bindsafe/kernel';

export class LinkData implements Disposable {
  readonly #log: string[] = [];
  constructor(readonly pdev: pci.Device) {}

  [Symbol.dispose](): void {
    try {
      this.#log.push('closing');
    } finally {
      /* SAFETY: the destructor runs while unbind drops the data, and the device is unbound only
         after that, so it is still bound here. */
      const bound = this.pdev.asRef().unsafeAsBound();
      bound.info(this.#log.join(';'));
    }
  }
}
