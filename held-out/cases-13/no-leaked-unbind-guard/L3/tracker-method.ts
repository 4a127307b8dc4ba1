// A module-level power tracker class keeps every parent it is shown in a #private list for runtime-PM accounting. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class PowerTracker {
  readonly #seen: pci.Device<device.Bound>[] = [];
  note(parent: pci.Device<device.Bound>): number {
    this.#seen.push(parent);
    return this.#seen.length;
  }
  get count(): number {
    return this.#seen.length;
  }
}

const tracker = new PowerTracker();

export const resume = (dev: GpuDevice): number =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('runtime resume');
    return tracker.note(parent); // expect: bindsafe/no-leaked-unbind-guard
  }) ?? tracker.count;
