// A labelled nested scan over device ids asserts the guard non-null inside the outer loop.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export function findParent(devs: readonly AuxDevice[], wanted: readonly number[]): number {
  let hits = 0;
  outer: for (const dev of devs) {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    for (const id of wanted) {
      if (guard.parent.id === id) {
        hits++;
        continue outer;
      }
    }
  }
  return hits;
}
