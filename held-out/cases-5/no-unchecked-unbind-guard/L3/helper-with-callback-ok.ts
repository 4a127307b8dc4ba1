// A same-file `withRegData` helper takes the guard with `using` and returns `undefined` when unplugged; callers pass synchronous readers. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

function withRegData<R>(dev: drm.Device<GpuDrm>, read: (data: GpuRegData) => R): R | undefined {
  using guard = dev.unbindGuard();
  return guard?.registrationDataWith((_parent, data) => read(data));
}

export const queuedLines = (dev: drm.Device<GpuDrm>): number => withRegData(dev, (data) => data.log.length) ?? 0;

export function ringSeqno(dev: drm.Device<GpuDrm>, ring: number): number {
  return withRegData(dev, (data) => data.counters[`ring${ring}`]) ?? 0;
}
