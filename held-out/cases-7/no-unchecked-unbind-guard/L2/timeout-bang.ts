// [class 7] A deferred fan-curve update asserts the guard inside a setTimeout callback (it may fire after unplug).
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function scheduleFanUpdate(dev: GpuDevice, delayMs: number, level: number): void {
  setTimeout(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.parent.asRef().info(`fan level ${level}`);
  }, delayMs);
}
