// [class 1] A storage controller's per-port revision table: `using` inside `for…of`, only numbers leave.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function portRevisions(ports: Iterable<GpuDevice>): number[] {
  const revisions: number[] = [];
  for (const port of ports) {
    using guard = port.unbindGuard();
    if (!guard) {
      revisions.push(-1);
      continue;
    }
    revisions.push(guard.parent.revision);
  }
  return revisions;
}
