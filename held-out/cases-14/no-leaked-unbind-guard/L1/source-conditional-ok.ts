// An event source remembers a handle of the device that raised the last event.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class RaiseTracker {
  #lastSource: pci.Device | undefined;
  #count = 0;

  raise(dev: GpuDevice, preferParent: boolean): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    guard.registrationDataWith((parent, data) => {
      const source = preferParent ? parent : data.pdev;
      this.#count++;
      this.#lastSource = source.toNormal();
    });
  }

  get count(): number {
    return this.#count;
  }

  get lastName(): string | undefined {
    return this.#lastSource?.name;
  }
}
