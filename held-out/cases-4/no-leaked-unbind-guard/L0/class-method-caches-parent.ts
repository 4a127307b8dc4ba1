// A telemetry class holding the DRM device caches the guard's bound parent in a field of `this`. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class ThermalTelemetry {
  #lastParent: pci.Device<device.Bound> | undefined;
  #samples = 0;

  constructor(private readonly dev: GpuDevice) {}

  sample(): number {
    using guard = this.dev.unbindGuard();
    if (!guard) return -1;
    this.#lastParent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
    this.#samples += 1;
    return guard.registrationDataWith((_parent, data) => data.bar.read32(0x2400));
  }

  get samples(): number {
    return this.#samples;
  }

  get lastParentName(): string {
    return this.#lastParent?.name ?? '(none)';
  }
}
