// Helper module: a probe window that owns a temporary child and drops it when disposed.
import { auxiliary, type device } from '@bindsafe/kernel';

export class ProbeWindow implements Disposable {
  readonly #child: auxiliary.Registration;

  constructor(parent: device.Device<device.Bound>, purpose: string) {
    this.#child = auxiliary.Registration.new(parent, purpose, 0, 'held8_bmc');
  }

  describe(): string {
    return `window(${this.#child.name})`;
  }

  [Symbol.dispose](): void {
    void this.#child.drop();
  }
}
