// [class 1] A display driver's scan-out census: a guard taken per head, then `continue` skips the manual release.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function countActiveHeads(heads: readonly GpuDevice[]): number {
  let active = 0;
  for (const head of heads) {
    const guard = head.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
    if (guard === undefined) continue;
    if (guard.parent.revision < 2) continue;
    active += 1;
    guard.release();
  }
  return active;
}
