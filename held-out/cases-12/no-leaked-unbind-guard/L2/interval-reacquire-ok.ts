// The watchdog's interval callback captures the drm.Device and takes a fresh guard on each tick. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function startWatchdog(dev: GpuDevice): ReturnType<typeof setInterval> {
  const timer = setInterval(() => {
    const alive = dev.withUnbindGuard((parent) => {
      parent.asRef().info(`${dev.name}: alive`);
      return true;
    });
    if (alive === undefined) clearInterval(timer);
  }, 1000);
  return timer;
}
