// An async `registrationDataWith` callback gets the doorbell BAR from another module's helper, awaits a `Promise.race` and only then rings it: the section ended at the `await`. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../../cases/_shared/timing.js';
import { DOORBELL, doorbellOf } from './doorbell.js';

export async function kickWhenReady(dev: drm.Device<GpuDrm>, ring: number): Promise<string> {
  using guard = dev.unbindGuard();
  if (!guard) return 'unplugged';
  return guard.registrationDataWith(async (_parent, data) => {
    const bar = doorbellOf(data);
    const seqno = (data.counters[`ring${ring}`] ?? 0) + 1;
    const winner = await Promise.race([
      pause(1).then(() => 'fence' as const),
      pause(5).then(() => 'timeout' as const),
    ]);
    if (winner === 'fence') bar.write32(seqno, DOORBELL + ring * 4); // expect: bindsafe/no-leaked-unbind-guard
    return winner;
  });
}
