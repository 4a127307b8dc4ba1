// [class 7] A heartbeat setInterval started inside withUnbindGuard captures the bound parent.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function startHeartbeat(dev: GpuDevice, periodMs = 1000): ReturnType<typeof setInterval> | undefined {
  return dev.withUnbindGuard((parent) => {
    const timer = setInterval(() => { // expect: bindsafe/no-leaked-unbind-guard
      parent.asRef().info(`heartbeat rev ${parent.revision}`);
    }, periodMs);
    return timer;
  });
}
