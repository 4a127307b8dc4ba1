// A link monitor destructures the parent off the guard and keeps it in a private field [class 3].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class LinkMonitor {
  #owner: pci.Device<device.Bound> | null = null;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  attach(): boolean {
    using guard = this.dev.unbindGuard();
    if (!guard) return false;
    const { parent } = guard;
    this.#owner = parent; // expect: bindsafe/no-leaked-unbind-guard
    return true;
  }

  get attached(): boolean {
    return this.#owner !== null;
  }
}
