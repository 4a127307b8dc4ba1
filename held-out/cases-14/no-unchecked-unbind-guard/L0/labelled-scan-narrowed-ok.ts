// A labelled scan looks for the first card whose BAR 1 is large enough; the guard is checked for undefined first, and the later `!` only restates the narrowing.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function firstLargeCard(groups: readonly (readonly GpuDevice[])[], minBar: number): string | undefined {
  let found: string | undefined;
  scan: for (const group of groups) {
    for (const card of group) {
      using guard = card.unbindGuard();
      if (guard === undefined) continue;
      const size = guard!.parent.resourceLen(1);
      if (size >= minBar) {
        found = `${card.name}@${guard.parent.name}`;
        break scan;
      }
    }
  }
  return found;
}
