// A `using` guard keeps the section open across the awaits of a retry loop; the parent is used only inside it.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function waitForBar(dev: GpuDevice, retries = 3): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  const { parent } = guard;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const size = parent.resourceLen(0);
    if (size > 0) return size;
    await pause(5 * (attempt + 1));
  }
  parent.asRef().info('BAR 0 never came up');
  return 0;
}
