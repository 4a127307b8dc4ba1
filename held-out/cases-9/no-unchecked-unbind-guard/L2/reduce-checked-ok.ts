// [class 7] A reduce callback sums parent ids, skipping unplugged devices with `if (!guard)`.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export function idSum(devs: readonly AuxDevice[]): number {
  return devs.reduce((acc, dev) => {
    using guard = dev.unbindGuard();
    if (!guard) return acc;
    return acc + guard.parent.id;
  }, 0);
}
