// A monitor class keeps the section's parent in a private #field past the section. [class 2]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class ParentMonitor {
  #parent: pci.Device<device.Bound> | undefined;
  #samples = 0;

  sample(dev: GpuDevice): number {
    using guard = dev.unbindGuard();
    if (!guard) return -1;
    this.#samples++;
    this.#parent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
    return guard.parent.revision;
  }

  get samples(): number {
    return this.#samples;
  }
}
