// A polling interval checks the guard on every tick and stops itself once the device is unplugged.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function startPolling(dev: GpuDevice, onSample: (len: number) => void): ReturnType<typeof setInterval> {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard();
    if (!guard) {
      clearInterval(timer);
      return;
    }
    onSample(guard.parent.resourceLen(0));
  }, 100);
  return timer;
}
