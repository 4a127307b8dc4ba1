// A hang watchdog polls the GPU from setInterval and asserts the guard inside the timer callback. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function startWatchdog(dev: GpuDevice, periodMs: number): () => void {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.log.push(`watchdog tick ${data.bar.read32(0x10)}`));
  }, periodMs);
  return () => clearInterval(timer);
}
