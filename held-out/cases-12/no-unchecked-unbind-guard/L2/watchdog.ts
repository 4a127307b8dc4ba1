// A GPU hang watchdog re-arms a timer that asserts the device is still plugged. [class 5, 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function armWatchdog(dev: GpuDevice, periodMs: number): () => void {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    const hung = guard.registrationDataWith((_parent, data) => (data.counters['hangs'] ?? 0) > 3);
    if (hung) guard.parent.asRef().info('watchdog: ring hang');
  }, periodMs);
  return () => clearInterval(timer);
}
