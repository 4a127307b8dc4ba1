// A status reader picks a register offset by ternary and keeps only the read value on `this`.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class StatusReader {
  lastStatus = 0;

  constructor(private readonly dev: drm.Device<GpuDrm>, private readonly secondary = false) {}

  poll(): void {
    using guard = this.dev.unbindGuard();
    if (!guard) return;
    const status = guard.registrationDataWith((_p, { bar }) => {
      const offset = this.secondary ? 0x14 : 0x10;
      return bar.read32(offset);
    });
    this.lastStatus = status;
  }
}
