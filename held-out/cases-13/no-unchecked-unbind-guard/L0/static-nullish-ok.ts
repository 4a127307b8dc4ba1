// The telemetry snapshot's static factory turns the unplugged case into a thrown error with ??. [class 8]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function gone(name: string): never {
  throw new errors.KernelError('ENODEV', `${name} was unplugged`);
}

export class Snapshot {
  private constructor(
    readonly vendor: number,
    readonly device: number,
  ) {}

  static take(dev: GpuDevice): Snapshot {
    using guard = dev.unbindGuard() ?? gone(dev.name);
    return new Snapshot(guard.parent.vendorId, guard.parent.deviceId);
  }
}
