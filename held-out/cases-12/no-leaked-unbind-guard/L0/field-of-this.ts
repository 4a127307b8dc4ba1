// A fence tracker object stores the BAR from the registration data in its own private field. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class FenceTracker {
  #bar: pci.Bar | undefined;
  #seqno = 0;

  constructor(private readonly dev: GpuDevice) {}

  sample(): number {
    using guard = this.dev.unbindGuard();
    if (!guard) return this.#seqno;
    guard.registrationDataWith((_parent, data) => {
      this.#bar = data.bar; // expect: bindsafe/no-leaked-unbind-guard
      this.#seqno = data.bar.read32(0x40);
    });
    return this.#seqno;
  }

  get stale(): boolean {
    return this.#bar === undefined;
  }
}
