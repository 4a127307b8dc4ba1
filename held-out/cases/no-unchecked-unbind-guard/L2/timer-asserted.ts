// A timer callback asserts the guard.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function scheduleHeartbeat(dev: GpuDevice): void {
  setInterval(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.parent.asRef().info('heartbeat');
  }, 1000);
}
