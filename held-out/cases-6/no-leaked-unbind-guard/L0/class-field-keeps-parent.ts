// An HDA audio controller class keeps the guarded parent on `this` for a later codec reset.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class HdaController {
  private lastParent: pci.Device<device.Bound> | undefined;
  resets = 0;

  constructor(private readonly dev: GpuDevice) {}

  probeCodecs(): number {
    using guard = this.dev.unbindGuard();
    if (!guard) return 0;
    this.lastParent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
    this.resets += 1;
    return guard.parent.deviceId & 0xf;
  }
}
