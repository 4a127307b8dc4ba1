// [class 6] The guard is kept in a `let`, narrowed with `if (current)`, and released in finally.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export function modnames(devs: Iterable<AuxDevice>): string[] {
  const out: string[] = [];
  for (const dev of devs) {
    let current = dev.unbindGuard();
    if (current) {
      try {
        out.push(current.parent.modname);
      } finally {
        current.release();
        current = undefined;
      }
    }
  }
  return out;
}
