// Nested destructuring of the registration data; the log array escapes to a module variable. [class 6]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

let pendingLog: string[] = [];

export function grabLog(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, { log, counters: { resets = 0 } }) => {
    pendingLog = log; // expect: bindsafe/no-leaked-unbind-guard
    return resets;
  });
}
