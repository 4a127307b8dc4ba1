// A PCI crypto accelerator's destructor delegates to a private method that asks for the bound view bare. [class 1]
import type { pci } from '@bindsafe/kernel';

export class AccelData implements Disposable {
  #jobs = new Set<string>();

  constructor(readonly pdev: pci.Device) {}

  submit = (job: string): this => (this.#jobs.add(job), this);

  #farewell(): void {
    const pending = [...this.#jobs].sort().join(',') || 'none';
    this.pdev.asRef().unsafeAsBound().info(`accel down, pending: ${pending}`); // expect: bindsafe/require-safety-comment
  }

  [Symbol.dispose](): void {
    try {
      this.#farewell();
    } finally {
      this.#jobs.clear();
    }
  }
}
