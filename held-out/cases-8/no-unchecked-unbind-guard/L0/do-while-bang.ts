// A fence-wait do/while loop asserts the guard with ! on every iteration.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function waitFence(dev: GpuDevice, seqno: number, budget = 8): boolean {
  let spins = 0;
  do {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    const done = guard.registrationDataWith((_p, data) => (data.counters['fence'] ?? 0) >= seqno);
    if (done) return true;
  } while (++spins < budget);
  return false;
}
