// A class method casting through unknown.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../_shared/gpu-drm.js';

export class PowerManager {
  constructor(private readonly dev: GpuDevice) {}

  suspend(): void {
    const guard = this.dev.unbindGuard() as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    try {
      guard.registrationDataWith((_p, data) => data.bar.write32(0, 0x30));
    } finally {
      guard.release();
    }
  }
}
