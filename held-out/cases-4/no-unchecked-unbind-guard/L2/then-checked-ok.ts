// A `.then` continuation takes its own guard after a pause and handles `undefined` with an early return.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function delayedFenceRead(dev: GpuDevice, ring: number, delayMs = 2): Promise<number> {
  return pause(delayMs).then(() => {
    using guard = dev.unbindGuard();
    if (!guard) return -1;
    return guard.registrationDataWith((_parent, data) => data.bar.read32(0x3008 + ring * 0x10));
  });
}
