// Valid: a scan loop with labelled break and continue releases each guard in finally.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function firstBusy(devs: readonly drm.Device<GpuDrm>[], rings: number): number {
  let found = -1;
  outer: for (let i = 0; i < devs.length; i++) {
    const guard = devs[i]!.unbindGuard();
    if (guard === undefined) continue;
    try {
      for (let r = 0; r < rings; r++) {
        const busy = guard.registrationDataWith((_p, data) => data.bar.read32(0x200 + r * 4) !== 0);
        if (!busy) continue;
        found = i;
        break outer;
      }
    } finally {
      guard.release();
    }
  }
  return found;
}
