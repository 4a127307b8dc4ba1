// An async `registrationDataWith` callback awaits a flush inside an `if` and then trims the registration data's log: the section ended at that `await`. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

const LOG_LIMIT = 64;

async function persist(lines: readonly string[]): Promise<void> {
  await pause(lines.length > 100 ? 2 : 1);
}

export async function flushLog(dev: drm.Device<GpuDrm>): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith(async (_parent, data) => {
    const pending = data.log.length;
    if (pending > LOG_LIMIT) {
      await persist([...data.log]);
      data.log.splice(0, pending); // expect: bindsafe/no-leaked-unbind-guard
    }
    return pending;
  });
}
