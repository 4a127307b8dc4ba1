// A fence waiter awaits a pause in an async function that holds its guard with `using`, then logs. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export const waitFence =
  (ms: number) =>
  async (dev: GpuDevice, seqno: number): Promise<void> => {
    using guard = dev.unbindGuard();
    if (!guard) return;
    const before = guard.registrationDataWith((_parent, data) => data.counters[`fence`] ?? 0);
    await pause(ms);
    guard.registrationDataWith((_parent, data) => data.log.push(`fence ${seqno} after ${before}`));
  };
