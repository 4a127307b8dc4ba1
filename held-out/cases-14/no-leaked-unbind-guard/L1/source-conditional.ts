// An event source remembers which device raised the last event, preferring the guard's parent when asked to.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class RaiseTracker {
  #lastSource: pci.Device<device.Bound> | undefined;
  #count = 0;

  raise(dev: GpuDevice, preferParent: boolean): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    guard.registrationDataWith((parent, data) => {
      const source = preferParent ? parent : data.pdev;
      this.#count++;
      this.#lastSource = source; // expect: bindsafe/no-leaked-unbind-guard
    });
  }

  get count(): number {
    return this.#count;
  }

  get lastVendor(): number | undefined {
    return this.#lastSource?.vendorId;
  }
}
