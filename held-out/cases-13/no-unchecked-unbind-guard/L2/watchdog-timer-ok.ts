// The hang watchdog stops itself from inside the timer callback once the device is unplugged. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function startWatchdog(dev: GpuDevice, periodMs: number): () => void {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard();
    if (!guard) {
      clearInterval(timer);
      return;
    }
    guard.registrationDataWith((_parent, data) => data.log.push(`watchdog tick ${data.bar.read32(0x10)}`));
  }, periodMs);
  return () => clearInterval(timer);
}
