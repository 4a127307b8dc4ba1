// An async generator polls a GPU's fence counter until it reaches a target seqno, forcing the guard through `as unknown as` on every poll. [class 5, class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function* pollFence(dev: GpuDevice, target: number, intervalMs = 2): AsyncGenerator<number, boolean, void> {
  for (;;) {
    let seqno: number;
    {
      using guard = dev.unbindGuard() as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
      seqno = guard.registrationDataWith((_pdev, data) => data.counters['fence'] ?? 0);
    }
    yield seqno;
    if (seqno >= target) return true;
    await pause(intervalMs);
  }
}
