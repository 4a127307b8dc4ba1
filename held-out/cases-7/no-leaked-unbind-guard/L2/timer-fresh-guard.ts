// A deferred watchdog timer captures only the DRM handle and a number; it takes its own guard when it fires.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function scheduleWatchdog(dev: GpuDevice, delayMs: number): void {
  const expected = dev.withUnbindGuard((parent) => parent.revision) ?? 0;
  setTimeout(() => {
    using guard = dev.unbindGuard();
    if (!guard) return;
    if (guard.parent.revision !== expected) guard.parent.asRef().info('revision changed under us');
  }, delayMs);
}
