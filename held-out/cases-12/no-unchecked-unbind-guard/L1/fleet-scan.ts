// A fleet scan walks every GPU in a labelled loop, re-pointing a `let` alias at each guard. [class 6, 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function firstWithRevision(devs: Iterable<GpuDevice>, wanted: number): string | undefined {
  let found: string | undefined;
  scan: for (const dev of devs) {
    using guard = dev.unbindGuard();
    let current = guard;
    const held = current as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    if (held.parent.revision === wanted) {
      found = dev.name;
      break scan;
    }
    current = undefined;
  }
  return found;
}
