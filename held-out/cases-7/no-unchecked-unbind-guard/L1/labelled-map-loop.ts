// A labelled loop over a Map of outputs takes a guard per device and skips unplugged ones.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function firstLargeOutput(outputs: ReadonlyMap<string, GpuDevice>, minLen: number): string | undefined {
  let found: string | undefined;
  scan: for (const [name, dev] of outputs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    for (const bar of [0, 2, 4]) {
      if (guard.parent.resourceLen(bar) >= minLen) {
        found = name;
        break scan;
      }
    }
  }
  return found;
}
