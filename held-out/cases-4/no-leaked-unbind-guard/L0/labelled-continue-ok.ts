// A labelled loop over several GPUs takes a `using` guard per device and skips with `continue outer` from an inner loop. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const RING_BASE = 0x3000;

export function countBusyRings(devs: readonly GpuDevice[], rings = 4): number {
  let busy = 0;
  outer: for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    for (let ring = 0; ring < rings; ring++) {
      const head = guard.registrationDataWith((_parent, data) => data.bar.read32(RING_BASE + ring * 0x10));
      if (head === 0xffffffff) continue outer;
      if (head !== 0) busy++;
    }
  }
  return busy;
}
