// A deferred flush asserts the guard: by then the device may well be unplugged. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function flushLater(dev: GpuDevice): void {
  process.nextTick(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.log.splice(0));
  });
}
