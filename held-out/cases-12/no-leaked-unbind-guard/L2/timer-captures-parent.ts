// A thermal throttle schedules a delayed log line that captures the guard's parent. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function throttle(dev: GpuDevice, celsius: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  if (celsius > 95) {
    setTimeout(() => parent.asRef().info(`throttled at ${celsius} C`), 250); // expect: bindsafe/no-leaked-unbind-guard
  }
}
