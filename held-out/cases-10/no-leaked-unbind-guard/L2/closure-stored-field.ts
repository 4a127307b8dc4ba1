// A health checker stores an arrow capturing the registration data's pdev in a field.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class HealthChecker {
  #probe: (() => number) | undefined;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  arm(): void {
    using guard = this.dev.unbindGuard();
    if (!guard) return;
    guard.registrationDataWith((_parent, data) => {
      const pdev = data.pdev;
      this.#probe = () => pdev.deviceId; // expect: bindsafe/no-leaked-unbind-guard
    });
  }

  check(): number | undefined {
    return this.#probe?.();
  }
}
