// A GPU reset path waits for the engine to idle inside an async withUnbindGuard callback. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function scheduleReset(dev: GpuDevice): Promise<void> | undefined {
  return dev.withUnbindGuard(async (parent) => {
    parent.asRef().info('reset: waiting for idle');
    await pause(5);
    parent.asRef().info('reset: engine idle'); // expect: bindsafe/no-leaked-unbind-guard
  });
}
