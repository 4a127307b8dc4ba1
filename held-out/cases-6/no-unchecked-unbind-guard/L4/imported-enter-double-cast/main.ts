// [class 8] The caller casts an imported helper's guard result with `as unknown as`, dropping `undefined`.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { firstStreamGuard } from './enter.js';

export function firstStreamRevision(streams: readonly GpuDevice[]): number {
  using guard = firstStreamGuard(streams) as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
