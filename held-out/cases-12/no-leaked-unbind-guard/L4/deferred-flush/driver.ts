// A TLB invalidation hands the registration data's BAR to a default-exported deferred flush. [class 5]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import flushSoon from './work/flush.js';

export function invalidateTlb(dev: GpuDevice, asid: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    data.bar.write32(asid, 0x08);
    flushSoon(data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
}
