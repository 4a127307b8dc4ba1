// A probe-info service keeps the guard's parent in a private field "for later" [class 3].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class ProbeInfo {
  #parent: pci.Device<device.Bound> | undefined;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  refresh(): boolean {
    using guard = this.dev.unbindGuard();
    if (!guard) return false;
    this.#parent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
    return true;
  }

  get cachedVendor(): number | undefined {
    return this.#parent?.vendorId;
  }
}
