// A PCI crypto accelerator's destructor delegates to a private method that justifies its bound view. [class 1]
import type { pci } from '@bindsafe/kernel';

export class AccelData implements Disposable {
  #jobs = new Set<string>();

  constructor(readonly pdev: pci.Device) {}

  submit = (job: string): this => (this.#jobs.add(job), this);

  #farewell(): void {
    const pending = [...this.#jobs].sort().join(',') || 'none';
    // SAFETY: only the destructor calls this, during unbind, before the device is unbound.
    this.pdev.asRef().unsafeAsBound().info(`accel down, pending: ${pending}`);
  }

  [Symbol.dispose](): void {
    try {
      this.#farewell();
    } finally {
      this.#jobs.clear();
    }
  }
}
