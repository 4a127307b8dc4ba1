// An async guarded callback awaits Promise.all, then touches the parent: the section has closed. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function settle(dev: GpuDevice): Promise<number> {
  const rev = await dev.withUnbindGuard(async (parent) => {
    const before = parent.revision;
    await Promise.all([pause(1), pause(2)]);
    return before + parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  });
  return rev ?? -1;
}
