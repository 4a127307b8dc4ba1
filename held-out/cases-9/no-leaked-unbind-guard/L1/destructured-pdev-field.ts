// A power manager destructures the registration data and keeps its pdev on `this` [class 6].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class PowerManager {
  private pdev?: pci.Device<device.Bound>;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  prepare(): void {
    using guard = this.dev.unbindGuard();
    if (!guard) return;
    guard.registrationDataWith((_parent, { pdev, vramSize }) => {
      if (vramSize > 0) this.pdev = pdev; // expect: bindsafe/no-leaked-unbind-guard
    });
  }
}
