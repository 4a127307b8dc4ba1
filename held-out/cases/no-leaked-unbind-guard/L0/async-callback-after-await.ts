// An async callback given to withUnbindGuard touches the parent after an await. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export async function announce(dev: GpuDevice): Promise<void> {
  await dev.withUnbindGuard(async (parent) => {
    parent.asRef().info('resuming');
    await pause(5);
    parent.asRef().info('resumed'); // expect: bindsafe/no-leaked-unbind-guard
  });
}
