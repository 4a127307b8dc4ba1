// A generator of revisions takes a `using` guard per GPU and skips unplugged ones with `if (!guard) continue`. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface RevisionRow {
  readonly name: string;
  readonly revision: number;
}

export function* revisions(devs: Iterable<drm.Device<GpuDrm>>): Generator<RevisionRow, number, undefined> {
  let skipped = 0;
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) {
      skipped++;
      continue;
    }
    yield { name: dev.name, revision: guard.parent.revision };
  }
  return skipped;
}
