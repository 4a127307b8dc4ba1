// An async withUnbindGuard callback awaits a Promise.race with a timeout, then uses its parent.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function warmUp(dev: GpuDevice, ready: Promise<void>): Promise<void> | undefined {
  return dev.withUnbindGuard(async (parent) => {
    parent.asRef().info('warming up');
    await Promise.race([ready, pause(25)]);
    parent.asRef().info('warm'); // expect: bindsafe/no-leaked-unbind-guard
  });
}
