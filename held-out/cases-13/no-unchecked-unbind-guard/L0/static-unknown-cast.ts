// A telemetry snapshot class's static factory forces the guard through `as unknown as`. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Snapshot {
  private constructor(
    readonly vendor: number,
    readonly device: number,
  ) {}

  static take(dev: GpuDevice): Snapshot {
    using guard = dev.unbindGuard() as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return new Snapshot(guard.parent.vendorId, guard.parent.deviceId);
  }
}
