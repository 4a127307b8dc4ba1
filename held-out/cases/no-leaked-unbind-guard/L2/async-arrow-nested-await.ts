// An async callback to registrationDataWith reads after awaiting a Promise.all. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export async function settleAll(dev: GpuDevice): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith(async (_parent, data) => {
    const first = data.log.length;
    await Promise.all([pause(1), pause(2)]);
    return first + data.log.length; // expect: bindsafe/no-leaked-unbind-guard
  });
}
