// The telemetry object is made inside the section and dropped there; only its summary leaves. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class Telemetry {
  readonly #tracked: pci.Device<device.Bound>[] = [];

  track(parent: pci.Device<device.Bound>): void {
    this.#tracked.push(parent);
  }

  summary(): string {
    return this.#tracked.map((p) => `${p.name}:${p.revision}`).join(',');
  }
}

const summaries: string[] = [];

export function sampleUtilisation(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const telemetry = new Telemetry();
  telemetry.track(guard.parent);
  summaries.push(telemetry.summary());
  return guard.registrationDataWith((_p, data) => data.counters.busy ?? 0);
}
