// Deferred cache flush: the timer opens its own section through the drm.Device handle.
import type { GpuDevice } from '../../../../../cases/_shared/gpu-drm.js';

export default function flushSoon(dev: GpuDevice, delayMs = 16): void {
  setTimeout(() => {
    using guard = dev.unbindGuard();
    guard?.registrationDataWith((_parent, data) => data.bar.write32(1, 0x0c));
  }, delayMs);
}
