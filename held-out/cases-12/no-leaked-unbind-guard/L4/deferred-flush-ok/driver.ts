// The TLB invalidation defers its flush to a helper given only the drm.Device handle. [class 5]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import flushSoon from './work/flush.js';

export function invalidateTlb(dev: GpuDevice, asid: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => data.bar.write32(asid, 0x08));
  flushSoon(dev);
}
