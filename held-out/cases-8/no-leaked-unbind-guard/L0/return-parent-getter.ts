// A power service hands out the guarded parent from a getter-style method: return escapes the section.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class PowerService {
  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  boundParent(): pci.Device | undefined {
    using guard = this.dev.unbindGuard();
    if (guard === undefined) return undefined;
    return guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}
