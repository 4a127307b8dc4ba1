// A clock controller destructures the BAR from the registration data and keeps it in a private field.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class ClockController {
  #bar: pci.Bar | undefined;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  attach(): boolean {
    using guard = this.dev.unbindGuard();
    if (!guard) return false;
    guard.registrationDataWith((_parent, { bar }) => {
      this.#bar = bar; // expect: bindsafe/no-leaked-unbind-guard
    });
    return true;
  }

  get attached(): boolean {
    return this.#bar !== undefined;
  }
}
