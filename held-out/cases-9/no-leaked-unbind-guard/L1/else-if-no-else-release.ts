// Releases happen in the `if` and `else if` arms only; the third mode leaves the guard held [class 1].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type ClockMode = 'low' | 'high' | 'auto';

export function clockDivider(dev: drm.Device<GpuDrm>, mode: ClockMode): number {
  let divider = 1;
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return divider;
  const rev = guard.parent.revision;
  if (mode === 'low') {
    divider = rev > 2 ? 8 : 4;
    guard.release();
  } else if (mode === 'high') {
    divider = 1;
    guard.release();
  }
  return divider;
}
