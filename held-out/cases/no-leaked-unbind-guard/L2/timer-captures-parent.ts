// A timer callback captures the guarded parent and runs after the section.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function scheduleWatchdog(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('watchdog armed');
    setTimeout(() => parent.asRef().info('watchdog fired'), 1000); // expect: bindsafe/no-leaked-unbind-guard
  });
}
