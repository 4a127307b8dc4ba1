// The await at the end of the loop body precedes the next iteration's use. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export async function replay(dev: GpuDevice, lines: readonly string[]): Promise<void> {
  const guard = dev.unbindGuard();
  if (!guard) return;
  try {
    await guard.registrationDataWith(async (_parent, data) => {
      for (const line of lines) {
        data.log.push(line); // expect: bindsafe/no-leaked-unbind-guard
        await pause();
      }
    });
  } finally {
    guard.release();
  }
}
