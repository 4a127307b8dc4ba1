// A module-level telemetry object's method stores what it is given in a private field.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

class Telemetry {
  #last: pci.Device<device.Bound> | undefined;
  #count = 0;
  record(pdev: pci.Device<device.Bound>): void {
    this.#last = pdev;
    this.#count++;
  }
  get count(): number {
    return this.#count;
  }
}

const telemetry = new Telemetry();

export function sample(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return telemetry.count;
  telemetry.record(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return telemetry.count;
}
