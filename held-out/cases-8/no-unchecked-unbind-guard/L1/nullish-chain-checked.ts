// A ?? chain over three devices' guards, then an === undefined check with a custom error.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class NoLiveDeviceError extends Error {}

export function firstLiveVendor(devs: readonly [GpuDevice, GpuDevice, GpuDevice]): number {
  const [a, b, c] = devs;
  using guard = a.unbindGuard() ?? b.unbindGuard() ?? c.unbindGuard();
  if (guard === undefined) throw new NoLiveDeviceError('all three devices are unplugged');
  return guard.parent.vendorId;
}
