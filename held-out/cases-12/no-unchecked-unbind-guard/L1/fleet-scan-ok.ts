// A fleet scan walks every GPU in a labelled loop and skips the unplugged ones with `continue`. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function firstWithRevision(devs: Iterable<GpuDevice>, wanted: number): string | undefined {
  let found: string | undefined;
  scan: for (const dev of devs) {
    using guard = dev.unbindGuard();
    let current = guard;
    if (current === undefined) continue scan;
    if (current.parent.revision === wanted) {
      found = dev.name;
      break scan;
    }
    current = undefined;
  }
  return found;
}
