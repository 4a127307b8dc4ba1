// A module-level power tracker class keeps every parent's device id it is shown in a #private list. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class PowerTracker {
  readonly #seen: number[] = [];
  note(deviceId: number): number {
    this.#seen.push(deviceId);
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
    return tracker.note(parent.deviceId);
  }) ?? tracker.count;
