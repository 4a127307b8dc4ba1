// The guard lives in a block that ends before the await; nothing guarded is used after it. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export async function sampleTwice(dev: GpuDevice): Promise<[number, number]> {
  let first = 0;
  {
    using guard = dev.unbindGuard();
    if (guard) first = guard.parent.revision;
  }
  await pause(20);
  using again = dev.unbindGuard();
  return [first, again?.parent.revision ?? -1];
}
