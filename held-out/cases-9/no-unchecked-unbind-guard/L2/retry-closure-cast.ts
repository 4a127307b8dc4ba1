// [class 7] A generic retry wrapper runs a closure that casts the guard to a definite one.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function withRetry<T>(attempts: number, op: () => T): T {
  let last: unknown;
  do {
    try {
      return op();
    } catch (err) {
      last = err;
    }
  } while (--attempts > 0);
  throw last;
}

export function stableId(dev: AuxDevice): number {
  return withRetry(3, () => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<AuxDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.parent.id;
  });
}
