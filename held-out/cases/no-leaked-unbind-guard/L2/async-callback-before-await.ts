// An async callback that uses its parent only before its first await. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export async function noteThenWait(dev: GpuDevice): Promise<void> {
  await dev.withUnbindGuard(async (parent) => {
    const name = parent.name;
    parent.asRef().info('about to wait');
    await pause(3);
    console.log(`${name} waited`);
  });
}
