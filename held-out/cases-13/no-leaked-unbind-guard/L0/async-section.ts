// A fence waiter awaits a pause inside an async registrationDataWith callback and then logs into the data. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export const waitFence =
  (ms: number) =>
  async (dev: GpuDevice, seqno: number): Promise<void> => {
    using guard = dev.unbindGuard();
    if (!guard) return;
    const pending = guard.registrationDataWith(async (_parent, data) => {
      const before = data.counters[`fence`] ?? 0;
      await pause(ms);
      data.log.push(`fence ${seqno} after ${before}`); // expect: bindsafe/no-leaked-unbind-guard
    });
    await pending;
  };
