// A panel descriptor's `constructor` takes its guard with a non-null assertion, as if the GPU could not be unplugged while it is built. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const PANEL_MODE = 0x3a0;

export class PanelInfo {
  readonly vendor: number;
  readonly width: number;
  readonly height: number;

  constructor(readonly dev: drm.Device<GpuDrm>) {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    this.vendor = guard.parent.vendorId;
    const mode = guard.registrationDataWith((_parent, data) => data.bar.read32(PANEL_MODE));
    this.width = mode & 0xffff;
    this.height = mode >>> 16;
  }
}
