// A module-level telemetry object's track() keeps what it is given in a private array. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class Telemetry {
  readonly #tracked: pci.Device<device.Bound>[] = [];

  track(parent: pci.Device<device.Bound>): void {
    this.#tracked.push(parent);
  }

  get size(): number {
    return this.#tracked.length;
  }
}

const telemetry = new Telemetry();

export function sampleUtilisation(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  telemetry.track(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.counters.busy ?? 0);
}
